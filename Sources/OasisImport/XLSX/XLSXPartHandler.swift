import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` delegate for a part the scanner hands back (``XLSXSheetScanner``): gives each event to the part's
/// reader and stops the parse at the reader's first failure.
final class XLSXPartHandler<Reader: XLSXPartReader>: NSObject, XLSXXMLHandler {
    private(set) var reader: Reader

    var failure: XLSXError? { reader.failure }

    init(_ reader: Reader) { self.reader = reader }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if !reader.start(elementName, XLSXAttributes(attributeDict)) { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if !reader.end(elementName) { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { reader.characters(string) }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) { reader.characters(whitespaceString) }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { reader.characters(String(decoding: block, as: UTF8.self)) }
}
