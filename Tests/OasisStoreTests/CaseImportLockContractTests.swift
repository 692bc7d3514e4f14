import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// A historical case import from the command line no longer holds other writers up while it reads its file,
/// and stays all or nothing.
@Suite("Case import beside other writers (both stores)")
struct CaseImportLockContractTests {
    static func cases(_ ids: [String], source: String) -> [HotlineCase] {
        ids.map {
            HotlineCase(
                category: "C0101", channel: "import", description: "case \($0)", region: "650100",
                registeredAt: Date(timeIntervalSince1970: 1_700_000_000), externalID: $0, source: source)
        }
    }

    /// The import's file, read batch by batch: the first batch, then — while the import is under way — a write by
    /// another process (the server), then the end of the file or a bad row.
    actor File {
        let server: Store
        let badRowAtEnd: Bool
        var batchesRead = 0
        var serverWrite: Result<Int, any Error>?

        init(server: Store, badRowAtEnd: Bool) {
            self.server = server
            self.badRowAtEnd = badRowAtEnd
        }

        func next() async throws -> CaseImportBatch? {
            batchesRead += 1
            if batchesRead == 1 { return CaseImportBatch(CaseImportLockContractTests.cases(["f1", "f2", "f3"], source: "file")) }
            if batchesRead == 2 {
                do {
                    serverWrite = .success(
                        try await server.cases.importHistorical(
                            CaseImportLockContractTests.cases(["s1"], source: "server"),
                            fileName: "server.csv", by: .system))
                } catch {
                    serverWrite = .failure(error)
                }
                if badRowAtEnd { throw OasisError.invalid(code: "case_file_invalid", message: "file.csv line 5: not a date") }
            }
            return nil
        }
    }

    /// Runs an import whose file is `file`, on a store of `kind` that a second store (the server, waiting at most
    /// 300 ms for a lock) shares; returns the importer's store for checks.
    func importBesideServer(
        _ kind: TestStoreKind, badRowAtEnd: Bool,
        _ check: (Store, Result<Int, any Error>?, Result<Int, any Error>) async throws -> Void
    ) async throws {
        let test = try await TestStore.make(kind)
        let importer = try await test.open()
        let server = try await test.open(lockWait: .milliseconds(300))
        do {
            try await importer.migrate()
            _ = try await importer.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let file = File(server: server, badRowAtEnd: badRowAtEnd)
            let batches = AsyncThrowingStream<CaseImportBatch, any Error>(unfolding: { try await file.next() })
            let outcome: Result<Int, any Error>
            do {
                outcome = .success(try await importer.cases.importHistorical(batches, fileName: "file.csv", by: .system).written)
            } catch {
                outcome = .failure(error)
            }
            try await check(importer, await file.serverWrite, outcome)
        } catch {
            Issue.record(error)
        }
        await server.close()
        await importer.close()
        await test.remove()
    }

    func storedCount(_ store: Store) async throws -> Int {
        try await store.cases.list(CaseQuery(), for: .system).total
    }

    @Test("the server writes while an import reads its file, and both are stored with their rollups", arguments: TestStoreKind.available)
    func serverWritesDuringImport(kind: TestStoreKind) async throws {
        try await importBesideServer(kind, badRowAtEnd: false) { store, serverWrite, outcome in
            #expect(try serverWrite?.get() == 1)
            #expect(try outcome.get() == 3)
            #expect(try await storedCount(store) == 4)
            // 3 cases from the file and 1 from the server, all in November 2023: one rollup row for all of them.
            let all = try await store.cases.metrics(.all, byMonth: false, asOf: Date(timeIntervalSince1970: 1_800_000_000), for: .system)
            #expect(all.map(\.metrics.cases) == [4])
            #expect(try await store.audit.verify().isIntact)
        }
    }

    @Test(
        "a bad row at the end of the file writes nothing of the file, while the server's write during the import stays",
        arguments: TestStoreKind.available)
    func badRowAtEnd(kind: TestStoreKind) async throws {
        try await importBesideServer(kind, badRowAtEnd: true) { store, serverWrite, outcome in
            #expect(try serverWrite?.get() == 1)
            #expect(throws: OasisError.self) { try outcome.get() }
            #expect(try await storedCount(store) == 1)
            let all = try await store.cases.metrics(.all, byMonth: false, asOf: Date(timeIntervalSince1970: 1_800_000_000), for: .system)
            #expect(all.map(\.metrics.cases) == [1])
            let actions = try await store.audit.recent(for: .system).map(\.action)
            #expect(actions.filter { $0 == "case.import" }.count == 1)
            #expect(try await store.audit.verify().isIntact)
        }
    }
}
