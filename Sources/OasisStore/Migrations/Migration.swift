/// One step of the schema. Steps are numbered from 1, applied in order, each in its own transaction,
/// and never edited once released: a change is a new step.
public struct Migration: Sendable {
    public let version: Int
    public let description: String
    public let statements: @Sendable (SQLDialect) -> [String]
    /// Work the statements cannot express (rollups recomputed by the rules of `OasisCore`), run after them in the
    /// same transaction.
    public let afterwards: (@Sendable (any SQLExecutor) async throws -> Void)?

    public init(
        version: Int, description: String, statements: @escaping @Sendable (SQLDialect) -> [String],
        afterwards: (@Sendable (any SQLExecutor) async throws -> Void)? = nil
    ) {
        self.version = version
        self.description = description
        self.statements = statements
        self.afterwards = afterwards
    }
}
