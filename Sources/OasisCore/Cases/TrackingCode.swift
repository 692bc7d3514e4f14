/// The code a citizen follows their case by on the public tracking page: 16 characters of Crockford's base32
/// (80 random bits), so that nobody reads another citizen's case by counting case numbers. Codes given to cases
/// that existed before codes did (migration 11) are 16 hexadecimal digits, a subset of the same alphabet.
public enum TrackingCode {
    /// Crockford's base32 alphabet in lower case: no i, l, o or u.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
    public static let length = 16

    /// A new random code.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt8(alphabet.count)))] })
    }

    /// The code as typed, in the stored form (lower case, without spaces or hyphens, with Crockford's read-alikes
    /// i/l → 1 and o → 0), or nil when it cannot be a code.
    public static func normalised(_ text: String) -> String? {
        var code = ""
        for character in text.lowercased() where character != " " && character != "-" {
            switch character {
            case "i", "l": code.append("1")
            case "o": code.append("0")
            default:
                guard alphabet.contains(character) else { return nil }
                code.append(character)
            }
        }
        return code.count == length ? code : nil
    }

    /// The code in groups of four for reading out on the phone: `k3m9-…`.
    public static func grouped(_ code: String) -> String {
        stride(from: 0, to: code.count, by: 4).map { start in
            let from = code.index(code.startIndex, offsetBy: start)
            return String(code[from..<(code.index(from, offsetBy: 4, limitedBy: code.endIndex) ?? code.endIndex)])
        }.joined(separator: "-")
    }
}
