/// What to do with a source value that the value map does not list (or an empty cell).
public enum CaseImportUnmappedPolicy: String, Codable, Sendable, CaseIterable {
    /// The row is rejected with an error naming the value.
    case refuse
    /// The mapping's `default` is used (and the value is counted among the unmapped).
    case `default`
    /// The source value is kept as it is (free vocabularies only, such as channels).
    case keep
}
