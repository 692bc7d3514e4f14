/// One table of an Oasis database as the copy and the export see it: its columns in order, with their kinds,
/// the tables its foreign keys point to, and (on PostgreSQL) its identity column.
public struct TableSchema: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var kind: ColumnKind
    }

    public var name: String
    public var columns: [Column]
    /// Tables this one refers to (its own name when it refers to itself, as regions do to their parent).
    public var references: Set<String> = []
    /// Columns of this table that refer to its own rows, as (column, referenced column).
    public var selfReferences: [(column: String, referenced: String)] = []
    /// The primary key's columns in key order (empty when the table has none): pages are read in key order.
    public var primaryKey: [String] = []
    /// The generated identity column, whose sequence must move past the copied ids (PostgreSQL only).
    public var identityColumn: String?

    public static func == (left: TableSchema, right: TableSchema) -> Bool {
        left.name == right.name && left.columns == right.columns
    }
}
