/// Where the data lives: an SQLite file (the default) or a PostgreSQL URL.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The default embedded database.
    public static let defaultSQLitePath = "./oasis-data/oasis.sqlite"

    /// Parses `postgres://…`, `postgresql://…`, `sqlite:PATH`, `sqlite://PATH` or a plain file path.
    public init(_ string: String) {
        let lower = string.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            self = .postgres(url: string)
        } else if lower.hasPrefix("sqlite://") {
            self = .sqlite(path: String(string.dropFirst("sqlite://".count)))
        } else if lower.hasPrefix("sqlite:") {
            self = .sqlite(path: String(string.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: string)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): PostgresURL.redact(url)
        }
    }
}
