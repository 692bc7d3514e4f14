/// Writing JSON text by hand on hot paths (bulk writes), where building values for `JSONEncoder` would
/// cost more than the write itself.
public enum JSONText {
    /// Appends a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendString(_ text: String, to output: inout String) {
        output += "\""
        appendEscaped(text, to: &output)
        output += "\""
    }

    /// Appends the inside of a JSON string literal (no quotes): the text itself when nothing needs escaping.
    public static func appendEscaped(_ text: String, to output: inout String) {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
