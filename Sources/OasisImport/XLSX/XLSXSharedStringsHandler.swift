import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the shared-string table (`xl/sharedStrings.xml`): one string per `<si>`, joining the `<t>` of
/// rich-text runs (`<r><t>`) and leaving out phonetic guides (`<rPh>`).
final class XLSXSharedStringsHandler: NSObject, XLSXXMLHandler {
    /// Set when the table holds more strings than ``XLSXLimits/maximumCells``: no sheet within the limits
    /// could use them all, so such a table can only be meant to exhaust memory.
    private(set) var failure: XLSXError?
    /// The strings, indexed as cells of type `s` refer to them.
    private(set) var strings: [String] = []
    private var inItem = false
    private var capturing = false
    private var phoneticDepth = 0
    private var text = ""
    private let limits: XLSXLimits
    private let part: String

    /// Prepares to read the table in `part`, within `limits`.
    init(part: String, limits: XLSXLimits) {
        self.part = part
        self.limits = limits
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        start(elementName, attributeDict)
    }

    private func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si":
            inItem = true
            phoneticDepth = 0
            text = ""
        case "t":
            if inItem, phoneticDepth == 0 { capturing = true }
        case "rPh":
            phoneticDepth += 1
        case "sst":
            if let count = attributes["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, limits.maximumCells, 1_000_000))
            }
        default:
            if name.utf8.contains(UInt8(ascii: ":")) { start(XLSXXML.localName(name), attributes) }
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard failure == nil else { return }
        end(elementName)
        if strings.count > limits.maximumCells {
            failure = XLSXError(reason: "the shared-string table \(part) holds more than \(limits.maximumCells) strings; refused")
            parser.abortParsing()
        }
    }

    private func end(_ name: String) {
        switch name {
        case "si":
            strings.append(XLSXXML.decodeEscapes(text))
            inItem = false
            capturing = false
        case "t":
            capturing = false
        case "rPh":
            phoneticDepth -= 1
        default:
            if name.utf8.contains(UInt8(ascii: ":")) { end(XLSXXML.localName(name)) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { text += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if capturing { text += whitespaceString }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if capturing { text += String(decoding: block, as: UTF8.self) }
    }
}
