import Foundation

/// A1-style cell references: reading “AA12” into a column index and row number, and writing them back.
enum XLSXCellReference {
    /// Excel's last row, 1,048,576.
    static let maximumRow = 1_048_576
    /// Excel's last column, XFD, as a zero-based index.
    static let maximumColumnIndex = 16_383

    /// Splits a reference such as “C7” into a zero-based column index and the row number, or returns nil
    /// when it is not letters followed by digits. The row is nil when the reference has no digits.
    /// Out-of-range values are not refused here but saturate well above Excel's limits, so callers can.
    static func parse(_ reference: String) -> (column: Int, row: Int?)? {
        var reference = reference
        // Over the contiguous bytes: this runs for every cell, and is several times faster so in debug builds.
        return reference.withUTF8 { bytes -> (column: Int, row: Int?)? in
            var column = 0
            var row = 0
            var letters = 0
            var digits = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    guard letters > 0 else { return nil }
                    digits += 1
                    if row < 100_000_000 { row = row * 10 + Int(byte &- UInt8(ascii: "0")) }
                } else {
                    let upper = byte & 0xDF
                    guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z"), digits == 0 else { return nil }
                    letters += 1
                    if column < 100_000_000 { column = column * 26 + Int(upper &- UInt8(ascii: "A")) + 1 }
                }
            }
            guard letters > 0 else { return nil }
            return (column - 1, digits > 0 ? row : nil)
        }
    }

    /// The letters of the column at a zero-based index: 0 → “A”, 26 → “AA”, 16383 → “XFD”.
    static func columnName(_ index: Int) -> String {
        var scalars: [Character] = []
        var remaining = index + 1
        while remaining > 0 {
            let value = (remaining - 1) % 26
            scalars.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(value))))
            remaining = (remaining - 1) / 26
        }
        return String(scalars.reversed())
    }

    /// A reference such as “C7” from a zero-based column index and a row number.
    static func name(column: Int, row: Int) -> String {
        "\(columnName(column))\(row)"
    }

    /// A sheet name as written before “!” in a formula: bare when it is letters, digits, “_” and “.”,
    /// otherwise in single quotes with inner quotes doubled (“'My data'”).
    static func quotedSheetName(_ name: String) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "."
            }
        if plain { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
