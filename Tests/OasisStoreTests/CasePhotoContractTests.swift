import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The metadata of case photos on both stores: recorded with the case's attachment, its history and audit event in
/// one transaction; refused without a trace for a case out of scope.
@Suite("Case photos' metadata (both stores)")
struct CasePhotoContractTests {
    static let start = Date(timeIntervalSince1970: 1_778_407_200) // 2026-05-10 10:00 UTC

    static func photo(_ caseID: Int64, _ file: String) -> CasePhoto {
        CasePhoto(
            caseID: caseID, file: file, contentType: "image/png", bytes: 1234, sha256: String(repeating: "ab", count: 32), locationShared: true,
            uploadedBy: "ignored", uploadedAt: start)
    }

    @Test("a photo is kept with every field, named among the case's attachments, in its history and audited", arguments: TestStoreKind.available)
    func recorded(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, clock: ManualClock(Self.start)) { store in
            var item = HotlineCase(category: "C0101", channel: "test", description: "photo contract", registeredAt: Self.start)
            item.workflow.unit = "UNIT-OWN"
            let id = try #require(try await store.cases.register([item], by: .system).first?.id)
            let first = try await store.cases.addPhoto(Self.photo(id, "case-\(id)-a.png"), by: .system)
            let second = try await store.cases.addPhoto(Self.photo(id, "case-\(id)-b.png"), by: .system)
            #expect(first.id > 0 && second.id > first.id)
            let kept = try await store.cases.photos(of: id)
            #expect(kept == [first, second])
            #expect(kept.first?.sha256 == String(repeating: "ab", count: 32) && kept.first?.locationShared == true && kept.first?.bytes == 1234)
            #expect(try await store.cases.photo(second.id, of: id) == second)
            #expect(try await store.cases.photo(second.id, of: id + 1) == nil, "a photo belongs to its case")
            let attachments = try #require(try await store.cases.get(id, for: .system)?.attachments)
            #expect(attachments.map(\.photo) == [first.id, second.id])
            #expect(attachments.first?.url == "/api/v1/cases/\(id)/photos/\(first.id)")
            #expect(attachments.first?.fileName == "photo-\(first.id).png")
            #expect(try await store.cases.events(of: id, for: .system).map(\.event) == ["register", "photo_added", "photo_added"])
            let audited = try await store.audit.recent(limit: 10, for: .system).filter { $0.action == "case.photo_added" }
            #expect(audited.count == 2 && audited.allSatisfy { $0.entityID == String(id) && $0.actorName == "system" })
        }
    }

    @Test("a case out of the writer's scope, or none at all: 404 and nothing written", arguments: TestStoreKind.available)
    func outOfScope(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, clock: ManualClock(Self.start)) { store in
            var item = HotlineCase(category: "C0101", channel: "test", description: "photo contract", registeredAt: Self.start)
            item.workflow.unit = "UNIT-OWN"
            let id = try #require(try await store.cases.register([item], by: .system).first?.id)
            let other = try Principal(kind: .user, userID: 9, username: "other", role: .unitHandler, scope: AccessScope(units: ["UNIT-OTHER"]))
                .access(for: .readCases)
            for (caseID, access) in [(id, other), (id + 100, StoreAccess.system)] {
                await #expect(throws: OasisError.self) { try await store.cases.addPhoto(Self.photo(caseID, "x.png"), by: access) }
            }
            #expect(try await store.cases.photos(of: id).isEmpty)
            #expect(try await store.cases.get(id, for: .system)?.attachments == [])
            // The submitter of a case just registered may attach to it whatever their scope.
            _ = try await store.cases.addPhoto(Self.photo(id, "y.png"), by: other, checkScope: false)
            #expect(try await store.cases.photos(of: id).count == 1)
        }
    }
}
