/// Bounds that keep a hostile or runaway .xlsx file from exhausting memory (a “ZIP bomb”).
public struct XLSXLimits: Sendable, Equatable {
    /// The largest uncompressed size, in bytes, of any one part (XML file) inside the archive.
    public var maximumPartBytes: Int
    /// The most cells one sheet may yield, counting both the cell elements in the file and
    /// the blank cells padded in before each row's last non-blank cell.
    public var maximumCells: Int

    /// 512 MiB per part and 10 million cells.
    public static let standard = XLSXLimits()

    /// Creates limits; the defaults are those of ``standard``.
    public init(maximumPartBytes: Int = 512 * 1024 * 1024, maximumCells: Int = 10_000_000) {
        self.maximumPartBytes = maximumPartBytes
        self.maximumCells = maximumCells
    }
}
