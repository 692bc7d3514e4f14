/// The four kinds of value an Oasis column holds on both stores (BIGINT, DOUBLE PRECISION, TEXT, BLOB/BYTEA),
/// read from the column's declared type, so that a value read from one store is written to and compared with
/// the other as the same thing.
public enum ColumnKind: String, Sendable, Codable {
    case integer
    case double
    case text
    case blob

    /// The kind of a declared type: SQLite's affinity rules (INT → integer, REAL/FLOA/DOUB → double, BLOB → blob)
    /// also read PostgreSQL's `bigint`, `double precision`, `text` and `bytea` (and `boolean`, stored as 0/1).
    public init(declaredType: String) {
        let type = declaredType.uppercased()
        if type.contains("INT") || type.contains("BOOL") || type.contains("SERIAL") {
            self = .integer
        } else if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") || type.contains("NUMERIC") {
            self = .double
        } else if type.contains("BLOB") || type.contains("BYTEA") {
            self = .blob
        } else {
            self = .text
        }
    }

    /// The value as this kind holds it: an integral double in an integer column is the integer, a number in a
    /// text column its decimal text. A value that cannot be converted is kept as it is (and then differs).
    public func normalise(_ value: SQLValue) -> SQLValue {
        switch (self, value) {
        case (_, .null): .null
        case (.integer, .double(let number)): Int64(exactly: number).map(SQLValue.int) ?? value
        case (.integer, .text(let text)): Int64(text).map(SQLValue.int) ?? value
        case (.double, .int(let number)): .double(Double(number))
        case (.double, .text(let text)): Double(text).map(SQLValue.double) ?? value
        case (.text, .int(let number)): .text(String(number))
        case (.text, .double(let number)): .text(String(number))
        case (.blob, .text(let text)): .blob(Array(text.utf8))
        default: value
        }
    }
}
