import Foundation
import Logging
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("The audit head in the log (both stores)")
struct AuditHeadLogTests {
    @Test("each committed write logs audit.head with the chain's new sequence number and hash", arguments: TestStoreKind.available)
    func logged(kind: TestStoreKind) async throws {
        let lines = CapturedLog.Lines()
        let logger = Logger(label: "oasis-test") { _ in CapturedLog(lines: lines) }
        let test = try await TestStore.make(kind)
        let store = try await Store.open(test.location, auditAnchorPath: test.auditAnchorPath, logger: logger)
        do {
            try await store.migrate()
            let region = Region(code: try RegionCode("650000"), parentCode: nil, level: .province, nameZh: "新疆维吾尔自治区", nameEn: "Xinjiang")
            _ = try await store.regions.upsert([region], by: .system)
            let event = try #require(try await store.audit.recent(limit: 1, for: .system).first)
            let heads = lines.all.filter { $0.message == "audit.head" }
            #expect(heads.count == 1)
            #expect(heads.first?.metadata["seq"] == "1")
            #expect(heads.first?.metadata["hash"] == .string(event.hash))
        } catch {
            Issue.record(error)
        }
        await store.close()
        await test.remove()
    }
}
