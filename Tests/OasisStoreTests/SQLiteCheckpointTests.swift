import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("The embedded store checkpoints its write-ahead log on a thread of its own")
struct SQLiteCheckpointTests {
    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test("past 1,000 log pages the checkpoint thread copies the log into the database file, and nothing is lost", .timeLimit(.minutes(2)))
    func checkpointsInBackground() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-checkpoint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("oasis.sqlite").path
        try await Store.using(.sqlite(path: path), auditAnchorPath: nil, logger: TestStore.logger) { store in
            try await store.database.execute("CREATE TABLE checkpoint_probe (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
            let before = Self.size(path)
            // 1,500 pages' worth (4 KiB pages) in 60 transactions: the log passes SQLite's 1,000-page mark.
            let body = SQLValue.blob([UInt8](repeating: 0x5A, count: 100 * 1_024))
            for _ in 0..<60 {
                try await store.database.transaction { tx in try await tx.execute("INSERT INTO checkpoint_probe (body) VALUES (?)", [body]) }
            }
            let wal = Self.size(path + "-wal")
            #expect(wal > 4_000_000, "the log holds the writes first: \(wal) bytes")
            // The database file grows once the checkpoint thread has copied the log into it: at least the 1,000 pages
            // that asked for the checkpoint, less the few written more than once (the table's upper pages), about
            // 3.6 MB. (The log then starts again from its beginning, so what follows may stay in it for now.)
            let deadline = ContinuousClock.now + .seconds(20)
            while Self.size(path) < before + 3_000_000, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
            #expect(Self.size(path) >= before + 3_000_000, "the database file took the log's pages: \(before) → \(Self.size(path)) bytes")
            let rows = try await store.database.first("SELECT COUNT(*) AS n, SUM(LENGTH(body)) AS bytes FROM checkpoint_probe", [])
            #expect(try rows?.int("n") == 60)
            #expect(try rows?.int("bytes") == 60 * 100 * 1_024)
        }
    }
}
