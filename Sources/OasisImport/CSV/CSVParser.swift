import OasisCore

/// An RFC 4180 CSV parser over bytes: quoted fields with doubled quotes, embedded line breaks,
/// CRLF or LF, UTF-8 (byte-order mark or not) or GB18030 text, and a configurable delimiter. Errors name the line.
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
    /// The file may be UTF-8 (with or without a byte-order mark) or GB18030 (see `CSVTextEncoding`).
    public func parse(_ file: [UInt8]) throws(OasisError) -> CSVTable {
        guard file.count <= maximumBytes else {
            throw OasisError(
                kind: .tooLarge, code: "csv_too_large",
                message: "The CSV file has \(file.count) bytes; the limit is \(maximumBytes).")
        }
        let bytes = try CSVTextEncoding.utf8Bytes(file).bytes
        let start = Self.byteOrderMarkLength(bytes)
        var records: [CSVTable.Record]
        let first = start
        if let split = Self.parallelSplit(bytes, from: first) {
            // Large files parse in two halves at once, split at a line break outside quotes.
            let startLine = 1 + Self.lineBreaks(bytes, from: first, to: split)
            let halves = ParallelPair.run(
                { () throws(OasisError) in try self.records(bytes, from: first, to: split, firstLine: 1) },
                { () throws(OasisError) in try self.records(bytes, from: split, to: bytes.count, firstLine: startLine) }
            )
            records = try halves.0.get()
            records += try halves.1.get()
        } else {
            records = try self.records(bytes, from: start, to: bytes.count, firstLine: 1)
        }
        guard let header = records.first else {
            throw OasisError.invalid(code: "csv_empty", message: "The CSV file is empty: it needs a header line and at least one record.")
        }
        return CSVTable(header: header.fields.map { $0.trimmingASCIIWhitespace() }, records: Array(records.dropFirst()))
    }

    /// Line breaks (LF, CRLF or a lone CR) in a range, counted as the parser counts lines.
    static func lineBreaks(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 >= end || bytes[index + 1] != UInt8(ascii: "\n"))) {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// Where to split a large file for two parsers: the first line break after the middle with an even
    /// number of quote characters before it (so it is not inside a quoted field); nil for small files.
    static func parallelSplit(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count - start > 4 << 20 else { return nil }
        var index = start + (bytes.count - start) / 2
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        guard index < bytes.count - 1 else { return nil }
        var quotes = 0
        for byte in bytes[start...index] where byte == UInt8(ascii: "\"") { quotes += 1 }
        return quotes % 2 == 0 ? index + 1 : nil
    }

    /// The records of `bytes[from..<to]`, which starts at a record boundary on line `firstLine`.
    func records(_ bytes: [UInt8], from start: Int, to end: Int, firstLine: Int) throws(OasisError) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
        records.reserveCapacity((end - start) / 32)
        try scan(bytes, from: start, to: end, firstLine: firstLine) { (line: Int, fields: CSVFields) throws(OasisError) in
            records.append(.init(line: line, fields: (0..<fields.count).map { fields.string($0) }))
        }
        return records
    }

    /// Hands each record of `bytes[from..<to]` (which starts at a record boundary on line `firstLine`) to `body`
    /// with the line it starts on and its fields as byte ranges; blank lines are skipped.
    func scan(
        _ bytes: [UInt8], from start: Int, to end: Int, firstLine: Int,
        _ body: (Int, CSVFields) throws(OasisError) -> Void
    ) throws(OasisError) {
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        let delimiter = self.delimiter
        try bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) throws(OasisError) in
            var fields = CSVFields(bytes: buffer)
            var line = firstLine
            var recordLine = firstLine
            var index = start
            while index < end {
                if buffer[index] == quote {
                    index += 1
                    let contentStart = index
                    var escaped = false
                    while true {
                        guard index < end else {
                            throw OasisError.invalid(
                                code: "csv_truncated", message: "The CSV file ends inside a quoted field: it is truncated or a quote is missing.",
                                details: [.init(line: recordLine, reason: "quoted field opened here is never closed")])
                        }
                        let byte = buffer[index]
                        if byte == quote {
                            if index + 1 < end, buffer[index + 1] == quote {
                                escaped = true
                                index += 2
                                continue
                            }
                            break
                        }
                        if byte == lf { line += 1 }
                        index += 1
                    }
                    fields.append(contentStart, index, escaped: escaped)
                    index += 1
                    if index < end, buffer[index] != delimiter, buffer[index] != cr, buffer[index] != lf {
                        throw OasisError.invalid(
                            code: "csv_malformed", message: "Malformed CSV: text after a closing quote.",
                            details: [.init(line: line, reason: "a quoted field must end with a quote followed by a delimiter or a line break")])
                    }
                } else {
                    let fieldStart = index
                    while index < end {
                        let byte = buffer[index]
                        if byte == delimiter || byte == cr || byte == lf { break }
                        if byte == quote {
                            throw OasisError.invalid(
                                code: "csv_malformed", message: "Malformed CSV: a quote inside an unquoted field.",
                                details: [.init(line: line, reason: "quote fields that contain quotes, and double the inner quotes")])
                        }
                        index += 1
                    }
                    fields.append(fieldStart, index, escaped: false)
                }
                guard index < end else { break }
                if buffer[index] == delimiter {
                    index += 1
                    // A delimiter at the very end leaves one more, empty, field.
                    if index == end { fields.append(end, end, escaped: false) }
                    continue
                }
                if !fields.isBlank { try body(recordLine, fields) }
                fields.removeAll()
                if buffer[index] == cr, index + 1 < end, buffer[index + 1] == lf { index += 1 }
                index += 1
                line += 1
                recordLine = line
            }
            if fields.count > 0, !fields.isBlank { try body(recordLine, fields) }
        }
    }

    /// 3 when the bytes start with UTF-8's byte-order mark, else 0.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}
