/// Turns `?` placeholders into PostgreSQL's `$1, $2 …`, leaving `?` inside quoted strings,
/// quoted identifiers and comments alone.
enum PlaceholderRewriter {
    static func postgres(_ sql: String) -> String {
        var output = [UInt8]()
        output.reserveCapacity(sql.utf8.count + 16)
        var index = 0
        var inSingle = false
        var inDouble = false
        var inLineComment = false
        var previous: UInt8 = 0
        for byte in sql.utf8 {
            defer { previous = byte }
            if inLineComment {
                if byte == UInt8(ascii: "\n") { inLineComment = false }
                output.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "'") where !inDouble: inSingle.toggle()
            case UInt8(ascii: "\"") where !inSingle: inDouble.toggle()
            case UInt8(ascii: "-") where !inSingle && !inDouble && previous == UInt8(ascii: "-"): inLineComment = true
            case UInt8(ascii: "?") where !inSingle && !inDouble:
                index += 1
                output.append(UInt8(ascii: "$"))
                output.append(contentsOf: String(index).utf8)
                continue
            default: break
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
