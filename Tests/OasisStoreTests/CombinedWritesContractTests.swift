import Foundation
import OasisCore
import OasisTestSupport
import Testing

@testable import OasisStore

/// Writes collected and sent as one statement on PostgreSQL (`CombinedWrites`, the intake's group commit): the same
/// effects as one statement each, on both stores.
@Suite("Combined writes: several tables in one statement, with the effects of one statement each (both stores)")
struct CombinedWritesContractTests {
    @Test(
        "every write lands; a query between writes sees the earlier ones; past the parameter limit the writes are split",
        arguments: TestStoreKind.available)
    func combined(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let db = store.database
            try await db.execute("CREATE TABLE combined_a (k BIGINT PRIMARY KEY, n BIGINT NOT NULL)", [])
            try await db.execute("CREATE TABLE combined_b (k BIGINT PRIMARY KEY, n BIGINT NOT NULL)", [])
            try await db.execute("INSERT INTO combined_b (k, n) VALUES (1, 100)", [])
            try await db.transaction { tx in
                let writes = CombinedWrites(tx)
                try await writes.execute("INSERT INTO combined_a (k, n) VALUES (?, ?), (?, ?)", [.int(1), .int(10), .int(2), .int(20)])
                try await writes.execute(
                    "INSERT INTO combined_b (k, n) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET n = combined_b.n + excluded.n", [.int(1), .int(5)])
                #expect(try await writes.first("SELECT COUNT(*) AS n FROM combined_a", [])?.int("n") == 2)
                // 20,000 rows of 2 parameters in four writes: 40,000 parameters, more than one statement takes.
                for chunk in 0..<4 {
                    let keys = (0..<5_000).map { Int64(1_000 + chunk * 5_000 + $0) }
                    try await writes.execute(
                        "INSERT INTO combined_b (k, n) VALUES " + Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", "),
                        keys.flatMap { [SQLValue.int($0), .int(1)] })
                }
                try await writes.flush()
            }
            #expect(try await db.first("SELECT SUM(n) AS total FROM combined_a", [])?.int("total") == 30)
            let b = try await db.first("SELECT COUNT(*) AS rows, SUM(n) AS total FROM combined_b", [])
            // The upserted key 1 (100 + 5) and 20,000 rows of 1.
            #expect(try b?.int("rows") == 20_001)
            #expect(try b?.int("total") == 20_105)
        }
    }

    @Test("a write that fails inside a combined statement rolls back the others", arguments: TestStoreKind.available)
    func failure(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let db = store.database
            try await db.execute("CREATE TABLE combined_c (k BIGINT PRIMARY KEY)", [])
            try await db.execute("CREATE TABLE combined_d (k BIGINT PRIMARY KEY)", [])
            try await db.execute("INSERT INTO combined_d (k) VALUES (7)", [])
            await #expect(throws: (any Error).self) {
                try await db.transaction { tx in
                    let writes = CombinedWrites(tx)
                    try await writes.execute("INSERT INTO combined_c (k) VALUES (?)", [.int(1)])
                    try await writes.execute("INSERT INTO combined_d (k) VALUES (?)", [.int(7)])
                    try await writes.flush()
                }
            }
            #expect(try await db.first("SELECT COUNT(*) AS n FROM combined_c", [])?.int("n") == 0)
            #expect(try await db.first("SELECT COUNT(*) AS n FROM combined_d", [])?.int("n") == 1)
        }
    }
}
