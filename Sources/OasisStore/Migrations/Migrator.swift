import Foundation
import OasisCore

/// Brings a database to the schema this build writes, and refuses one written by a newer build.
public struct Migrator: Sendable {
    public struct Report: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var applied: [Int]
    }

    let database: any SQLDatabase
    let migrations: [Migration]
    let clock: any OasisClock

    public init(database: any SQLDatabase, migrations: [Migration] = Migrations.all, clock: any OasisClock = SystemClock()) {
        self.database = database
        self.migrations = migrations
        self.clock = clock
    }

    /// The version recorded in the database (0 for an empty database).
    public func currentVersion() async throws -> Int {
        try await ensureTable()
        let row = try await database.first("SELECT MAX(version) AS version FROM oasis_schema_migrations")
        return Int(row?.optionalInt("version") ?? 0)
    }

    /// Applies every pending migration; throws `schemaTooNew` for a database from a newer build.
    @discardableResult
    public func migrate() async throws -> Report {
        let latest = migrations.last?.version ?? 0
        let current = try await currentVersion()
        guard current <= latest else {
            throw StoreError(
                kind: .schemaTooNew,
                message:
                    "The database \(database.displayName) has schema version \(current), written by a newer Oasis; this build knows versions up to \(latest). Upgrade Oasis, or point it at another database. Nothing was changed."
            )
        }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            let clock = self.clock
            try await database.transaction { tx in
                if let unbounded = tx.dialect.unboundedLockWaitStatement { try await tx.execute(unbounded) }
                if let lock = tx.dialect.serialiseChainStatement(key: 7_001) { _ = try await tx.query(lock, []) }
                // Another process may have applied it while we waited for the lock.
                let done = try await tx.first("SELECT 1 AS done FROM oasis_schema_migrations WHERE version = ?", [.int(Int64(migration.version))])
                guard done == nil else { return }
                for statement in migration.statements(tx.dialect) { try await tx.execute(statement) }
                try await migration.afterwards?(tx)
                try await tx.execute(
                    "INSERT INTO oasis_schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                    [.int(Int64(migration.version)), .text(migration.description), SQLValue(clock.now())]
                )
            }
            applied.append(migration.version)
        }
        return Report(from: current, to: max(current, latest), applied: applied)
    }

    private func ensureTable() async throws {
        try await database.execute(
            """
            CREATE TABLE IF NOT EXISTS oasis_schema_migrations (
                version BIGINT PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )
            """
        )
    }
}
