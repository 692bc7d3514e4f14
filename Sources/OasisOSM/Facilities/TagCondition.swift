/// One test on an element's tags in a facility rule, as written in the rule JSON:
/// `{"key": "amenity", "values": ["kindergarten", "childcare"]}` — the value is one of these;
/// `{"key": "name", "contains": ["小学", "primary"]}` — the value contains one of these, ignoring case;
/// `{"key": "emergency"}` — the tag is present with any value but `no`.
public struct TagCondition: Sendable, Hashable, Codable {
    public var key: String
    public var values: [String]?
    public var contains: [String]?

    public init(key: String, values: [String]? = nil, contains: [String]? = nil) {
        self.key = key
        self.values = values
        self.contains = contains
    }
}
