/// One step of an XML document as `XMLScanner` sees it: an element opening (with its attributes, and
/// whether it closed itself with `/>`) or an element closing. Text, comments and declarations are skipped.
enum XMLEvent: Equatable {
    case start(name: String, attributes: [XMLAttribute], selfClosing: Bool)
    case end(name: String)
}
