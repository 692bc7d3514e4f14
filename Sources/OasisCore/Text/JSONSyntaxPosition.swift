/// Where a JSON text first breaks the grammar (RFC 8259), as line and column (in characters), for error messages
/// that point at the place: Foundation's parser on Linux says only that the data is not valid JSON.
public enum JSONSyntaxPosition {
    /// The line and column of the first syntax error, nil when the text is well-formed JSON.
    public static func firstError(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        guard reader.value(), reader.skipSpace(), reader.index == bytes.count else { return reader.position() }
        return nil
    }

    /// Containers nested deeper than this are reported as the error, where the limit is passed: Foundation's
    /// parser refuses them too, and reading further would exhaust the stack (a file of 100,000 `[` crashed the server).
    static let maximumDepth = 512

    struct Reader {
        let bytes: [UInt8]
        var index = 0
        var depth = 0

        func position() -> (line: Int, column: Int) {
            var line = 1
            var column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == 10 {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return (line, column)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        @discardableResult
        mutating func skipSpace() -> Bool {
            while let byte = current, byte == 32 || byte == 9 || byte == 10 || byte == 13 { index += 1 }
            return true
        }

        mutating func literal(_ text: String) -> Bool {
            for byte in text.utf8 {
                guard current == byte else { return false }
                index += 1
            }
            return true
        }

        mutating func value() -> Bool {
            switch current {
            case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), member: true)
            case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), member: false)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (48...57).contains(byte): return number()
            default: return false
            }
        }

        mutating func container(close: UInt8, member: Bool) -> Bool {
            depth += 1
            defer { depth -= 1 }
            guard depth <= JSONSyntaxPosition.maximumDepth else { return false }
            index += 1
            skipSpace()
            if current == close {
                index += 1
                return true
            }
            while true {
                if member {
                    guard string() else { return false }
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { return false }
                    index += 1
                    skipSpace()
                }
                guard value() else { return false }
                skipSpace()
                if current == close {
                    index += 1
                    return true
                }
                guard current == UInt8(ascii: ",") else { return false }
                index += 1
                skipSpace()
            }
        }

        mutating func string() -> Bool {
            guard current == UInt8(ascii: "\"") else { return false }
            index += 1
            while let byte = current {
                index += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte == UInt8(ascii: "\\") { index += 1 }
                if byte < 32 {
                    index -= 1
                    return false
                }
            }
            return false
        }

        mutating func number() -> Bool {
            let start = index
            while let byte = current, (48...57).contains(byte) || [45, 43, 46, 69, 101].contains(byte) { index += 1 }
            return index > start
        }
    }
}
