extension TabularData {
    /// The table as UTF-8 CSV (every field quoted), the header on line 1 and the records on the lines after it in order,
    /// for readers that take CSV bytes (the case import reads a workbook this way). `place(ofLine:)` gives a line's
    /// place in the original file.
    public func csvBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        func line(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        line(header)
        for record in records { line(Array(record.fields.prefix(max(header.count, 1)))) }
        return bytes
    }

    /// The original place (Excel row, or CSV line) of line `line` of `csvBytes()`; nil for the header or beyond.
    public func place(ofLine line: Int) -> Int? {
        line >= 2 && line - 2 < records.count ? records[line - 2].number : nil
    }
}
