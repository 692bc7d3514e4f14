import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The intake's bound on a batch's transaction: only where a connection can be lost")
struct IntakeTimeoutTests {
    @Test("10 s on PostgreSQL, none on the embedded store")
    func defaults() {
        #expect(IntakeQueue.defaultTimeout(for: .postgres(url: "postgres://oasis@127.0.0.1/oasis")) == .seconds(10))
        #expect(IntakeQueue.defaultTimeout(for: .sqlite(path: "oasis.sqlite")) == nil)
    }

    @Test("a case service takes its store's bound; an explicit bound is kept", arguments: TestStoreKind.available)
    func serviceBound(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let service = CaseService(store: store)
            #expect(service.intake.batchTimeout == (kind == .postgres ? .seconds(10) : nil))
            #expect(IntakeQueue(store: store, batchTimeout: .seconds(3)).batchTimeout == .seconds(3))
        }
    }
}
