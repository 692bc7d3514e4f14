/// One option of a list attribute: the key sent back in `attribute[code]`, and the name shown to people.
public struct Open311AttributeValue: Sendable, Equatable {
    public var key: String
    public var name: String

    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }

    public var node: Open311Node { .object([("key", .identifier(key)), ("name", .text(name))]) }
}
