import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the attributes of every element with one of the given local names, in document order.
/// Used for the small parts: relationships (`Relationship`) and the workbook (`sheet`, `workbookPr`).
final class XLSXElementCollector: NSObject, XLSXXMLHandler {
    /// Never set: collecting cannot fail on well-formed XML.
    private(set) var failure: XLSXError?
    /// The collected elements: local name and attributes (keys as written, possibly prefixed).
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private let names: Set<String>

    /// Collects elements whose local name is in `names`.
    init(names: Set<String>) {
        self.names = names
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let name = XLSXXML.localName(elementName)
        if names.contains(name) {
            elements.append((name, attributeDict))
        }
    }
}
