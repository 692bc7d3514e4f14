/// Writes an `Open311Node` as JSON by the Spark convention GeoReport v2 uses: the root element disappears,
/// lists become arrays, absent values `null`. Pretty output puts one member per line (`"key":value`), as the
/// spec's examples do.
public struct Open311JSONWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = true) { self.pretty = pretty }

    public func write(_ node: Open311Node) -> String {
        var out = ""
        value(node, depth: 0, into: &out)
        if pretty { out += "\n" }
        return out
    }

    func value(_ node: Open311Node, depth: Int, into out: inout String) {
        let newline = pretty ? "\n" : ""
        let inner = pretty ? String(repeating: "  ", count: depth + 1) : ""
        let outer = pretty ? String(repeating: "  ", count: depth) : ""
        switch node {
        case .object(let members):
            out += "{\(newline)"
            for (index, member) in members.enumerated() {
                out += inner
                Self.string(member.0, into: &out)
                out += ":"
                value(member.1, depth: depth + 1, into: &out)
                out += index + 1 < members.count ? ",\(newline)" : newline
            }
            out += "\(outer)}"
        case .list(_, let items):
            out += "[\(newline)"
            for (index, item) in items.enumerated() {
                out += inner
                value(item, depth: depth + 1, into: &out)
                out += index + 1 < items.count ? ",\(newline)" : newline
            }
            out += "\(outer)]"
        case .text(let text):
            Self.string(text, into: &out)
        case .identifier(let text):
            if Open311Node.isJSONInteger(text) { out += text } else { Self.string(text, into: &out) }
        case .number(let text):
            out += text
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    /// A JSON string literal (RFC 8259 escapes; `/` and non-ASCII written as they are).
    static func string(_ text: String, into out: inout String) {
        JSONText.appendString(text, to: &out)
    }
}
