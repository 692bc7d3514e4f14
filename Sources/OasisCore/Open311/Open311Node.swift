/// A format-neutral Open311 document tree. GeoReport defines XML and derives JSON from it by the Spark
/// convention, so each response is built once as a tree and written by `Open311XMLWriter` and
/// `Open311JSONWriter`.
public indirect enum Open311Node: Sendable, Equatable {
    /// Named members in order: XML child elements, JSON object members.
    case object([(String, Open311Node)])
    /// Repeated items: XML repeats `<item>` elements inside the parent element, JSON writes an array.
    case list(item: String, [Open311Node])
    case text(String)
    /// An identifier (`service_code`, `token`, `address_id`, `zipcode`, value `key`; `service_request_id` is always text):
    /// text in XML; in JSON a bare number when it is a canonical integer of at most 15 digits (as the spec's
    /// examples write them), otherwise a string, so that `"001"` stays valid JSON.
    case identifier(String)
    /// A number already written in its final form (`1`, `37.762221815`).
    case number(String)
    case bool(Bool)
    /// An absent value: an empty element in XML, `null` in JSON.
    case null

    public static func == (lhs: Open311Node, rhs: Open311Node) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { pair in pair.0.0 == pair.1.0 && pair.0.1 == pair.1.1 }
        case (.list(let i, let a), .list(let j, let b)): i == j && a == b
        case (.text(let a), .text(let b)), (.identifier(let a), .identifier(let b)), (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// Text, or null when absent.
    static func optionalText(_ value: String?) -> Open311Node { value.map(Open311Node.text) ?? .null }

    /// An identifier, or null when absent.
    static func optionalIdentifier(_ value: String?) -> Open311Node { value.map(Open311Node.identifier) ?? .null }

    /// A coordinate, written with the shortest text that reads back as the same double.
    static func coordinate(_ value: Double?) -> Open311Node { value.map { .number("\($0)") } ?? .null }

    /// Whether an identifier is written as a bare JSON number.
    static func isJSONInteger(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        if bytes.first == UInt8(ascii: "-") { index = 1 }
        let digits = bytes.count - index
        guard digits >= 1, digits <= 15 else { return false }
        guard bytes[index...].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        return digits == 1 || bytes[index] != UInt8(ascii: "0")
    }
}
