/// The code a citizen follows their case by on the public tracking page: 16 characters of Crockford's base32
/// (80 random bits), so that nobody reads another citizen's case by counting case numbers. Codes given to cases
/// that existed before codes did (migration 11) are 16 hexadecimal digits, a subset of the same alphabet.
public enum TrackingCode {
    /// Crockford's base32 alphabet in lower case: no i, l, o or u.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
    public static let length = 16

    /// A new random code.
    /// The alphabet has 32 letters, so each takes 5 bits of two 64-bit random words (two reads of the system's
    /// generator, not one per letter).
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        var words = (generator.next() as UInt64, generator.next() as UInt64)
        var letters: [Character] = []
        letters.reserveCapacity(length)
        for index in 0..<length {
            if index == 8 { words.0 = words.1 }
            letters.append(alphabet[Int(words.0 & 31)])
            words.0 >>= 5
        }
        return String(letters)
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
