import OasisCore

/// An RFC 4180 CSV parser over bytes: quoted fields with doubled quotes, embedded line breaks,
/// CRLF or LF, a UTF-8 byte-order mark, and a configurable delimiter. Errors name the line.
///
/// Hand-written rather than SwiftCSV/CSV.swift because imports parse millions of rows and need exact
/// line numbers in their errors; this loop works on raw bytes without per-character `String` work.
public struct CSVParser: Sendable {
    public var delimiter: UInt8
    /// Largest accepted file, so that a runaway upload is refused instead of exhausting memory.
    public var maximumBytes: Int

    public init(delimiter: UInt8 = UInt8(ascii: ","), maximumBytes: Int = 512 * 1024 * 1024) {
        self.delimiter = delimiter
        self.maximumBytes = maximumBytes
    }

    /// Parses a whole file whose first record is the header.
    public func parse(_ bytes: [UInt8]) throws(OasisError) -> CSVTable {
        guard bytes.count <= maximumBytes else {
            throw OasisError(kind: .tooLarge, code: "csv_too_large",
                             message: "The CSV file has \(bytes.count) bytes; the limit is \(maximumBytes).")
        }
        var records: [CSVTable.Record] = []
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let _ = String(validating: bytes[start...], as: UTF8.self) else {
            throw OasisError.invalid(code: "csv_not_utf8", message: "The CSV file is not valid UTF-8 text. Save it as UTF-8 (Excel: “CSV UTF-8”).",
                                     details: [.init(line: Self.lineOfFirstInvalidUTF8(bytes, from: start), reason: "invalid UTF-8")])
        }
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = start
        var inQuotes = false
        var quotedField = false
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedField = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                    index += 1
                    if index < bytes.count, bytes[index] != delimiter, bytes[index] != cr, bytes[index] != lf {
                        throw OasisError.invalid(code: "csv_malformed", message: "Malformed CSV: text after a closing quote.",
                                                 details: [.init(line: line, reason: "a quoted field must end with a quote followed by a delimiter or a line break")])
                    }
                    continue
                }
                if byte == lf { line += 1 }
                field.append(byte)
                index += 1
                continue
            }
            switch byte {
            case quote:
                guard field.isEmpty, !quotedField else {
                    throw OasisError.invalid(code: "csv_malformed", message: "Malformed CSV: a quote inside an unquoted field.",
                                             details: [.init(line: line, reason: "quote fields that contain quotes, and double the inner quotes")])
                }
                inQuotes = true
                quotedField = true
                index += 1
            case delimiter:
                endField()
                index += 1
            case cr, lf:
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) {
                    records.append(.init(line: recordLine, fields: fields))
                }
                fields.removeAll(keepingCapacity: true)
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                index += 1
                line += 1
                recordLine = line
            default:
                field.append(byte)
                index += 1
            }
        }
        if inQuotes {
            throw OasisError.invalid(code: "csv_truncated", message: "The CSV file ends inside a quoted field: it is truncated or a quote is missing.",
                                     details: [.init(line: recordLine, reason: "quoted field opened here is never closed")])
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(.init(line: recordLine, fields: fields))
        }
        guard let header = records.first else {
            throw OasisError.invalid(code: "csv_empty", message: "The CSV file is empty: it needs a header line and at least one record.")
        }
        return CSVTable(header: header.fields.map { $0.trimmingASCIIWhitespace() }, records: Array(records.dropFirst()))
    }

    static func lineOfFirstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int {
        var line = 1
        var lineStart = start
        for index in start..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }
}
