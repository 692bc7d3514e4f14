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

    /// A fresh embedded store (not migrated) with an empty table `checkpoint_probe (id, body)`, and its file's path.
    static func withProbeTable(_ body: (Store, String) async throws -> Void) async throws {
        try await TestStore.with(.sqlite, migrate: false) { store in
            guard case .sqlite(let path) = store.location else {
                Issue.record("TestStore.with(.sqlite) gave \(store.location)")
                return
            }
            try await store.database.execute("CREATE TABLE checkpoint_probe (id INTEGER PRIMARY KEY, body BLOB NOT NULL)", [])
            try await body(store, path)
        }
    }

    @Test("past 1,000 log pages the checkpoint thread copies the log into the database file, and nothing is lost", .timeLimit(.minutes(2)))
    func checkpointsInBackground() async throws {
        try await Self.withProbeTable { store, path in
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

    @Test(
        "a writer that never pauses: past 64 MiB of log the writer finishes the checkpoint and the log starts again, instead of growing with every write",
        .timeLimit(.minutes(3)))
    func boundedLog() async throws {
        try await Self.withProbeTable { store, path in
            // 160 MiB in 80 back-to-back transactions of 2 MiB (about 513 pages each), no pause between them.
            let body = SQLValue.blob([UInt8](repeating: 0xA5, count: 2 * 1_024 * 1_024))
            var largest = 0
            for _ in 0..<80 {
                try await store.database.transaction { tx in try await tx.execute("INSERT INTO checkpoint_probe (body) VALUES (?)", [body]) }
                largest = max(largest, Self.size(path + "-wal"))
            }
            // 16,384 pages of 4 KiB and their frame headers is 64.4 MiB; here it peaks at about 67–70 MB. A few more
            // transactions may go by while the thread's checkpoint runs (the writer's is then refused and tried at the
            // next commit), hence the margin. Without the writer's checkpoint the log held all 160 MiB (170 MB).
            #expect(largest < 96 * 1_024 * 1_024, "the log reached \(largest) bytes")
            #expect(Self.size(path) > 150 * 1_024 * 1_024, "the database file took the log's pages: \(Self.size(path)) bytes")
            let rows = try await store.database.first("SELECT COUNT(*) AS n, SUM(LENGTH(body)) AS bytes FROM checkpoint_probe", [])
            #expect(try rows?.int("n") == 80)
            #expect(try rows?.int("bytes") == 80 * 2 * 1_024 * 1_024)
        }
    }
}
