/// Writes an `Open311Document` as XML without namespaces, preceded by the XML declaration, as GeoReport v2
/// requires. Absent values become empty elements; text is escaped.
public struct Open311XMLWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = true) { self.pretty = pretty }

    public func write(_ document: Open311Document) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"\(document.xmlEncodingLabel)\"?>"
        if pretty { out += "\n" }
        element(document.root, document.body, depth: 0, into: &out)
        return out
    }

    func element(_ name: String, _ node: Open311Node, depth: Int, into out: inout String) {
        let indent = pretty ? String(repeating: "    ", count: depth) : ""
        let newline = pretty ? "\n" : ""
        switch node {
        case .object(let members):
            out += "\(indent)<\(name)>\(newline)"
            for (key, value) in members { element(key, value, depth: depth + 1, into: &out) }
            out += "\(indent)</\(name)>\(newline)"
        case .list(let item, let items):
            out += "\(indent)<\(name)>\(newline)"
            for value in items { element(item, value, depth: depth + 1, into: &out) }
            out += "\(indent)</\(name)>\(newline)"
        case .text(let text), .identifier(let text), .number(let text):
            out += "\(indent)<\(name)>\(Self.escape(text))</\(name)>\(newline)"
        case .bool(let value):
            out += "\(indent)<\(name)>\(value)</\(name)>\(newline)"
        case .null:
            out += "\(indent)<\(name)></\(name)>\(newline)"
        }
    }

    /// Escapes the characters that cannot appear literally in XML element text; quotes need no escaping outside
    /// attributes, and the spec's examples write them plainly.
    static func escape(_ text: String) -> String { XMLText.escape(text, quotes: false) }
}
