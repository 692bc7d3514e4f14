import Foundation
import OasisCore

/// Renders the text of a numeric cell (`<v>` of a cell with no type or `t="n"`) the way a person reads it.
enum XLSXNumberText {
    /// The shortest decimal that reads back as the same `Double`, without “.0” for whole numbers and
    /// without exponent notation for exponents within ±30: “95.760000000000005” → “95.76”,
    /// “42.0” → “42”, “1E-3” → “0.001”. Returns nil when the text is not a finite number.
    static func render(_ text: String) -> String? {
        if isCanonical(text) { return text }
        guard let value = DecimalText.number(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        if value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return expandingExponent(value.description)
    }

    /// Whether the text is already in the form ``render(_:)`` produces, and is kept as is (the common case):
    /// a plain decimal of at most 15 significant digits, without leading zeros, without trailing zeros after
    /// a decimal point, and not a negative zero. Up to 15 significant digits, distinct decimals are distinct
    /// doubles, so no shorter text reads back as the same value.
    static func isCanonical(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let negative = bytes.first == UInt8(ascii: "-")
            let start = negative ? 1 : 0
            guard bytes.count > start else { return false }
            var significant = 0
            var fractionDigits = -1
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    if fractionDigits >= 0 {
                        fractionDigits += 1
                    } else if index > start, bytes[start] == UInt8(ascii: "0") {
                        return false // a leading zero: “01”
                    }
                    if significant > 0 || byte != UInt8(ascii: "0") { significant += 1 }
                } else if byte == UInt8(ascii: "."), fractionDigits < 0, index > start {
                    fractionDigits = 0
                } else {
                    return false
                }
            }
            let last = bytes[bytes.count - 1]
            guard significant <= 15, last != UInt8(ascii: ".") else { return false }
            if fractionDigits > 0, last == UInt8(ascii: "0") { return false }
            if negative, significant == 0 { return false }
            return true
        }
    }

    /// Rewrites Swift's “1.5e-05” or “1.2345e+20” as a plain decimal; leaves other text unchanged.
    static func expandingExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...]), abs(exponent) <= 30
        else { return text }
        var mantissa = text[..<e]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let fractionPart = parts.count > 1 ? parts[1] : ""
        var digits = Array(integerPart + fractionPart)
        var point = integerPart.count + exponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == "0", digits.count > point {
            digits.removeLast()
        }
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            body = String(digits) + String(repeating: "0", count: point - digits.count)
        } else {
            body = String(digits[..<point]) + "." + String(digits[point...])
        }
        return negative ? "-" + body : body
    }
}
