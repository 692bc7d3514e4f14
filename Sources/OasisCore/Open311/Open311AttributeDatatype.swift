/// The kind of input a service attribute takes.
public enum Open311AttributeDatatype: String, Sendable, Codable, CaseIterable {
    /// One line of text.
    case string
    case number
    /// An ISO 8601 date or date-time.
    case datetime
    /// Text that may contain line breaks.
    case text
    /// Exactly one of the listed values.
    case singlevaluelist
    /// Any number of the listed values.
    case multivaluelist

    /// Whether the attribute offers a list of values.
    public var hasValues: Bool { self == .singlevaluelist || self == .multivaluelist }
}
