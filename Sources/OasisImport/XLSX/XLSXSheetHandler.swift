import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` delegate for a worksheet part: hands each event to an ``XLSXSheetReader`` and stops
/// the parse at the reader's first failure.
final class XLSXSheetHandler: NSObject, XLSXXMLHandler {
    private var reader: XLSXSheetReader

    /// The reader's failure, if it stopped at one.
    var failure: XLSXError? { reader.failure }
    /// The rows read, in sheet order.
    var rows: [XLSXRow] { reader.rows }

    /// Prepares to read the sheet called `sheet`, resolving type `s` cells against `sharedStrings` and numbers in
    /// date-formatted cells to dates.
    init(sheet: String, sharedStrings: [String], dates: (styles: XLSXDateStyles, system: ExcelSerialDate.System), limits: XLSXLimits) {
        reader = XLSXSheetReader(sheet: sheet, sharedStrings: sharedStrings, dates: dates, limits: limits)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if !reader.start(elementName, XLSXAttributes(attributeDict)) { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if !reader.end(elementName) { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        reader.characters(string)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        reader.characters(whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        reader.characters(String(decoding: block, as: UTF8.self))
    }
}
