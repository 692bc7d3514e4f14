/// Numbers as text for people, total over every `Double`: never converts to a fixed-width integer (which
/// traps above 9.2e18), so any stored figure can be shown. Pages, reports and error messages use it.
public enum NumberText {
    /// A number rounded to a whole number with thousands separators: `12,345`, `-7`, `10,000,000,000,000,000,000`;
    /// "—" for nil, infinity and NaN.
    public static func grouped(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let rounded = value.rounded()
        return grouping(wholeDigits(rounded.magnitude), negative: rounded < 0)
    }

    /// A whole number with thousands separators: `-1,234`.
    public static func grouped(_ value: Int) -> String {
        grouping(String(value.magnitude), negative: value < 0)
    }

    static func grouping(_ digits: String, negative: Bool) -> String {
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (negative ? "-" : "") + groups.joined(separator: ",")
    }

    /// A number without exponent or separators where it is whole (`1000000000`, `1e+19` stays exact as
    /// `10000000000000000000`), otherwise Swift's shortest form (`0.5`, `1e-300`).
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value.rounded() == value, value.magnitude < 1e21 { return (value < 0 ? "-" : "") + wholeDigits(value.magnitude) }
        return "\(value)"
    }

    /// The decimal digits of a non-negative whole double, exactly (below 2^63 through `UInt64`, above through
    /// long division of its binary digits, which never traps).
    static func wholeDigits(_ value: Double) -> String {
        if let small = UInt64(exactly: value) { return String(small) }
        // value = significand × 2^exponent with a 53-bit integer significand; multiply out in base 10^9 limbs.
        let exponent = Int(value.exponent) - Double.significandBitCount
        var limbs: [UInt64] = [UInt64(value.significandBitPattern | (1 << UInt64(Double.significandBitCount)))]
        limbs = normalise(limbs)
        for _ in 0..<max(0, exponent) {
            var carry: UInt64 = 0
            for index in limbs.indices {
                let doubled = limbs[index] * 2 + carry
                limbs[index] = doubled % 1_000_000_000
                carry = doubled / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
        }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    /// Limbs of base 10^9, least significant first.
    static func normalise(_ limbs: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        var carry: UInt64 = 0
        for limb in limbs {
            let total = limb + carry
            result.append(total % 1_000_000_000)
            carry = total / 1_000_000_000
        }
        while carry > 0 {
            result.append(carry % 1_000_000_000)
            carry /= 1_000_000_000
        }
        return result
    }
}
