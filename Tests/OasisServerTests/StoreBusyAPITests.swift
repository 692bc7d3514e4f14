import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// A server write while another process (an import from the command line) holds the database's write lock.
@Suite("Writes while another process holds the lock (both stores)")
struct StoreBusyAPITests {
    static let values = #"[{"region": "650100", "indicator": "U01", "period": 2025, "value": 91.0}]"#

    @Test(
        "a server write while another process's transaction holds the lock gets 503 with Retry-After, never 500; afterwards it succeeds",
        arguments: TestStoreKind.available)
    func busyIs503(kind: TestStoreKind) async throws {
        try await Harness.run(kind, lockWait: .milliseconds(200)) { app in
            // The command line's own connection to the same database, holding its write lock the way a long import
            // transaction did: the write lock on SQLite, the audit chain's lock on PostgreSQL.
            let cli = try await TestStore.open(app.store.location, auditAnchorPath: app.store.audit.anchor.path)
            let during = try await cli.database.transaction { tx in
                try await cli.audit.append(
                    AuditChange(action: "probe.hold", entityType: "probe", entityID: "import", before: nil as String?, after: "held"),
                    by: .system, on: tx)
                let response = try await app.request(.post, "/api/v1/indicator-values", token: app.analystToken, json: Self.values)
                return (status: response.status.code, retryAfter: response.headers[.retryAfter], code: try response.errorCode())
            }
            await cli.close()
            #expect(during.status == 503)
            #expect(during.retryAfter == "2")
            #expect(during.code == StoreError.busyCode)
            let after = try await app.request(.post, "/api/v1/indicator-values", token: app.analystToken, json: Self.values)
            #expect(after.status == .created)
            #expect(try await app.store.audit.verify().isIntact)
        }
    }
}
