/// RFC 8259 is stricter than Foundation's JSON readers on Linux, which accept a comma before a closing
/// bracket (`[1, 2,]`, `{"a": 1,}`). Oasis refuses such a body everywhere it reads JSON, so that what one
/// route accepts another tool (PostgreSQL's jsonb, a GIS client) also reads. One pass over the bytes,
/// skipping strings; the other rules are left to the parser that follows.
public enum StrictJSONSyntax {
    /// Throws `invalid_json` (or `code`) naming the line and column (in characters) of the first trailing comma.
    public static func requireNoTrailingCommas(_ bytes: some Collection<UInt8>, code: String = "invalid_json") throws(OasisError) {
        var inString = false
        var escaped = false
        var pendingComma: (line: Int, column: Int)?
        var line = 1
        var column = 0
        for byte in bytes {
            // Columns count characters: a UTF-8 continuation byte belongs to the character before it.
            if byte & 0xC0 != 0x80 { column += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: ","):
                pendingComma = (line, column)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let comma = pendingComma {
                    throw OasisError.invalid(
                        code: code, message: "The JSON has a comma before a closing bracket, which JSON does not allow.",
                        details: [.init(line: comma.line, column: String(comma.column), reason: "trailing comma")]
                    )
                }
            case UInt8(ascii: "\""):
                inString = true
                pendingComma = nil
            default:
                pendingComma = nil
            }
        }
    }
}
