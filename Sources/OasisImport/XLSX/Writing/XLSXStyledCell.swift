/// A cell's value with its style.
public struct XLSXStyledCell: Sendable, Equatable {
    public var value: XLSXWriter.Cell
    public var style: XLSXCellStyle

    public init(_ value: XLSXWriter.Cell, style: XLSXCellStyle = .plain) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, style: XLSXCellStyle = .plain) -> XLSXStyledCell { XLSXStyledCell(.text(text), style: style) }
}
