/// An element's attributes as the worksheet reader looks them up: a few name–value pairs searched in order, which
/// for the two or three attributes of a cell is cheaper than hashing them into a dictionary.
struct XLSXAttributes {
    private var pairs: [(name: String, value: String)] = []

    init() {}

    /// The attributes `XMLParser` reported.
    init(_ dictionary: [String: String]) { pairs = dictionary.map { ($0.key, $0.value) } }

    /// Adds an attribute; false when the element already has one of that name (malformed XML).
    mutating func add(_ name: String, _ value: String) -> Bool {
        if pairs.contains(where: { $0.name == name }) { return false }
        if pairs.isEmpty { pairs.reserveCapacity(4) }
        pairs.append((name, value))
        return true
    }

    subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }
}
