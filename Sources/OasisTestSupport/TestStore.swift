import Foundation
import Logging
import OasisCore
import OasisStore

/// A fresh, empty database of one kind for one test: a temporary SQLite file, or a new PostgreSQL
/// database created on the test server and dropped afterwards.
public struct TestStore: Sendable {
    public let kind: TestStoreKind
    public let location: StoreLocation
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
            return TestStore(kind: kind, location: .sqlite(path: directory.appendingPathComponent("oasis.sqlite").path)) {
                try? FileManager.default.removeItem(at: directory)
            }
        case .postgres:
            guard let url = TestStoreKind.postgresURL, var components = URLComponents(string: url) else {
                throw TestStoreUnavailable()
            }
            let name = "oasis_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            let admin = try await PostgresStore.connect(url: url, logger: logger)
            try await admin.execute("CREATE DATABASE \(name)")
            await admin.close()
            components.path = "/" + name
            let testURL = components.string!
            return TestStore(kind: kind, location: .postgres(url: testURL)) {
                guard let admin = try? await PostgresStore.connect(url: url, logger: logger) else { return }
                try? await admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                await admin.close()
            }
        }
    }

    /// Opens the database (optionally migrated), runs `body`, closes and removes the database.
    public static func with<T: Sendable>(
        _ kind: TestStoreKind, migrate: Bool = true, clock: any OasisClock = SystemClock(),
        _ body: (Store) async throws -> T
    ) async throws -> T {
        let test = try await make(kind)
        let store = try await Store.open(test.location, clock: clock, logger: logger)
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

    /// Removes the database.
    public func remove() async { await cleanup() }
}

/// Thrown when a PostgreSQL test store is asked for but no server is configured.
public struct TestStoreUnavailable: Error, CustomStringConvertible {
    public var description: String { "OASIS_TEST_POSTGRES_URL is not set: no PostgreSQL server for the contract tests." }
}
