import OasisCore

extension TabularData {
    /// The rows of a CSV or XLSX file: XLSX is recognised by its ZIP signature or a `.xlsx` name, anything else is
    /// read as CSV (UTF-8 with or without BOM, or GB18030).
    public init(csvOrXLSX bytes: [UInt8], fileName: String) throws(OasisError) {
        if Self.isXLSX(bytes, fileName: fileName) {
            try self.init(xlsx: bytes)
        } else {
            self.init(csv: try CSVParser().parse(bytes))
        }
    }

    /// Whether a file is a workbook: a ZIP signature, or a `.xlsx` name.
    public static func isXLSX(_ bytes: [UInt8], fileName: String) -> Bool {
        let isZip = bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
        return isZip || fileName.lowercased().hasSuffix(".xlsx")
    }
}
