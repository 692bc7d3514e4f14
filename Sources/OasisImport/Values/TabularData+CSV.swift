extension TabularData {
    /// The table as UTF-8 CSV (every field quoted), the header first and the records after it in order, for readers that
    /// take CSV bytes (the case import reads a workbook this way); with, for the line each record starts on, the
    /// record's place in the original file. A cell holding a line break spans lines in the CSV, so the lines are
    /// counted as written.
    public func csv() -> (bytes: [UInt8], placeAtLine: [Int: Int]) {
        var bytes: [UInt8] = []
        var line = 1
        func write(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    bytes.append(byte)
                }
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "\n"))
            line += 1
        }
        write(header)
        var places: [Int: Int] = [:]
        for record in records {
            places[line] = record.number
            write(Array(record.fields.prefix(max(header.count, 1))))
        }
        return (bytes, places)
    }
}
