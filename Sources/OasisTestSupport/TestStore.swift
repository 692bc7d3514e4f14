import Foundation
import Logging
import OasisCore
import OasisStore

/// A fresh, empty database of one kind for one test: a temporary SQLite file, or a new PostgreSQL
/// database created on the test server and dropped afterwards.
public struct TestStore: Sendable {
    public let kind: TestStoreKind
    public let location: StoreLocation
    /// The audit anchor file: beside the SQLite file, or in a temporary folder for PostgreSQL.
    public let auditAnchorPath: String
    private let cleanup: @Sendable () async -> Void

    public static let logger: Logger = {
        var logger = Logger(label: "oasis-test")
        logger.logLevel = .warning
        return logger
    }()

    /// Creates an empty database and returns where it is.
    public static func make(_ kind: TestStoreKind) async throws -> TestStore {
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("oasis.sqlite").path
            return TestStore(kind: kind, location: .sqlite(path: path), auditAnchorPath: AuditAnchor.path(besideDatabase: path)) {
                try? FileManager.default.removeItem(at: directory)
            }
        case .postgres:
            guard let url = TestStoreKind.postgresURL, var components = URLComponents(string: url) else {
                throw TestStoreUnavailable()
            }
            let name = "oasis_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            // Generous: a whole suite creating databases at once can keep the server busy for seconds.
            let admin = try await PostgresStore.connect(url: url, logger: logger, timeout: .seconds(60))
            try await admin.execute("CREATE DATABASE \(name)")
            await admin.close()
            components.path = "/" + name
            // Many tests run at once, each with its own database: a small pool per test keeps the sum of
            // connections under the server's max_connections (a refused connection would stall the pool).
            if !(components.queryItems ?? []).contains(where: { $0.name == "pool" }) {
                components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "pool", value: "4")]
            }
            let testURL = components.string!
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-test-\(name)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let anchor = directory.appendingPathComponent("audit-anchor").path
            return TestStore(kind: kind, location: .postgres(url: testURL), auditAnchorPath: anchor) {
                try? FileManager.default.removeItem(at: directory)
                guard let admin = try? await PostgresStore.connect(url: url, logger: logger, timeout: .seconds(60)) else { return }
                try? await admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                await admin.close()
            }
        }
    }

    /// Opens the database (optionally migrated), runs `body`, closes and removes the database.
    public static func with<T: Sendable>(
        _ kind: TestStoreKind, migrate: Bool = true, clock: any OasisClock = SystemClock(), lockWait: Duration? = nil,
        _ body: (Store) async throws -> T
    ) async throws -> T {
        let test = try await make(kind)
        let store = try await test.open(clock: clock, lockWait: lockWait)
        do {
            if migrate { try await store.migrate() }
            let result = try await body(store)
            await store.close()
            await test.cleanup()
            return result
        } catch {
            await store.close()
            await test.cleanup()
            throw error
        }
    }

    /// Opens the database with its audit anchor (a second `open` stands for another process on the same database).
    /// `lockWait` bounds how long a write waits for another writer's lock (SQLite busy wait, PostgreSQL `lock_timeout`).
    public func open(clock: any OasisClock = SystemClock(), lockWait: Duration? = nil) async throws -> Store {
        try await Self.open(location, auditAnchorPath: auditAnchorPath, clock: clock, lockWait: lockWait)
    }

    /// Opens a database at a location, with a bound on lock waits when one is given.
    public static func open(_ location: StoreLocation, auditAnchorPath: String?, clock: any OasisClock = SystemClock(), lockWait: Duration? = nil)
        async throws -> Store
    {
        // Generous, as for the admin connection above: a whole suite of CPU-heavy tests on a busy 2-core machine can
        // keep the server from answering within the production default of 10 seconds.
        let connectTimeout = Duration.seconds(60)
        guard let lockWait else {
            return try await Store.open(location, clock: clock, auditAnchorPath: auditAnchorPath, connectTimeout: connectTimeout, logger: logger)
        }
        switch location {
        case .sqlite:
            return try await Store.open(
                location, clock: clock, auditAnchorPath: auditAnchorPath, sqliteBusyWait: SQLiteBusyWait(timeout: lockWait), logger: logger)
        case .postgres(let url):
            let milliseconds = lockWait.components.seconds * 1_000 + lockWait.components.attoseconds / 1_000_000_000_000_000
            let bounded = url + (url.contains("?") ? "&" : "?") + "lock_timeout=\(milliseconds)"
            return try await Store.open(
                .postgres(url: bounded), clock: clock, auditAnchorPath: auditAnchorPath, connectTimeout: connectTimeout, logger: logger)
        }
    }

    /// Removes the database.
    public func remove() async { await cleanup() }
}

/// Thrown when a PostgreSQL test store is asked for but no server is configured.
public struct TestStoreUnavailable: Error, CustomStringConvertible {
    public var description: String { "OASIS_TEST_POSTGRES_URL is not set: no PostgreSQL server for the contract tests." }
}
