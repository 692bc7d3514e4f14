import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Audit verification over the API (both stores)")
struct AuditVerifyAPITests {
    @Test(
        "GET /api/v1/audit/verify reports events cut from the end, with the stored head rewritten, against the anchor",
        arguments: TestStoreKind.available)
    func truncationReported(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let before = try await app.request(.get, "/api/v1/audit/verify", token: app.adminToken).json()
            #expect(before["intact"] as? Bool == true)
            let last = try #require(before["lastSeq"] as? Int)
            #expect(before["anchoredSeq"] as? Int == last)
            #expect(before["missingAtEnd"] as? Int == 0)
            // Two events cut from the end, and the head stored in the database moved back to match.
            try await app.store.database.execute("DELETE FROM audit_events WHERE seq > ?", [.int(Int64(last - 2))])
            let head = try #require(try await app.store.database.first("SELECT seq, hash FROM audit_events WHERE seq = ?", [.int(Int64(last - 2))]))
            try await app.store.database.execute("DELETE FROM settings WHERE key = 'audit_head'")
            try await app.store.database.execute(
                "INSERT INTO settings (key, value) VALUES ('audit_head', ?)",
                [.text("\(try head.int("seq")):\(try head.string("hash"))")])
            let after = try await app.request(.get, "/api/v1/audit/verify", token: app.adminToken).json()
            #expect(after["intact"] as? Bool == false)
            #expect(after["lastSeq"] as? Int == last - 2)
            #expect(after["anchoredSeq"] as? Int == last)
            #expect(after["missingAtEnd"] as? Int == 2)
            #expect((after["problems"] as? [String])?.contains { $0.contains("2 event(s)") } == true)
        }
    }
}
