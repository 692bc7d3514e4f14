import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An `XMLParser` delegate that reads one part of an .xlsx file and can stop the parse with its own error.
protocol XLSXXMLHandler: XMLParserDelegate {
    /// The error that made the handler abort the parse, if any; it takes precedence over the parser's own error.
    var failure: XLSXError? { get }
}
