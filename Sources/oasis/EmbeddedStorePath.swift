import OasisServices
import OasisStore

/// The SQLite file a backup or restore works on: `--database`, then the configuration; PostgreSQL is refused with
/// the way to back it up instead.
enum EmbeddedStorePath {
    static func of(_ storeOptions: StoreOptions, purpose: String) throws -> String {
        switch StoreLocation(try storeOptions.resolve().database) {
        case .sqlite(let path): return path
        case .postgres:
            throw CLIError("\(purpose) works on the embedded SQLite store; back up PostgreSQL with pg_dump (docs/deploy-postgresql.md).")
        }
    }
}
