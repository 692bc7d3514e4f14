/// One value of a drop-down list: what the cell takes, and what it means.
public struct ImportTemplateChoice: Sendable, Equatable {
    public var value: String
    public var meaning: String

    public init(value: String, meaning: String) {
        self.value = value
        self.meaning = meaning
    }
}
