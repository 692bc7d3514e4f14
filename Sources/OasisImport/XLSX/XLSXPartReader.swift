/// What reads one part of a workbook element by element, fed by ``XLSXSheetScanner`` from the part's bytes or by an
/// `XMLParser` delegate: a worksheet (``XLSXSheetReader``) or the shared-string table (``XLSXSharedStringsReader``).
protocol XLSXPartReader {
    /// The first problem met; reading stops there.
    var failure: XLSXError? { get }
    /// Whether text met now would be kept: the scanner decodes only that.
    var wantsText: Bool { get }
    /// Takes the start of an element; false once reading has failed (the reader holds why).
    mutating func start(_ name: String, _ attributes: XLSXAttributes) -> Bool
    /// Takes the end of an element; false once reading has failed.
    mutating func end(_ name: String) -> Bool
    /// Takes text inside the current element.
    mutating func characters(_ string: String)
}
