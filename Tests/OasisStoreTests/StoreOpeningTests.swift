import Foundation
import OasisStore
import OasisTestSupport
import Testing

@Suite("Opening stores")
struct StoreOpeningTests {
    @Test("locations parse paths and URLs")
    func locations() {
        #expect(StoreLocation("postgres://u:p@h/db") == .postgres(url: "postgres://u:p@h/db"))
        #expect(StoreLocation("postgresql://h/db") == .postgres(url: "postgresql://h/db"))
        #expect(StoreLocation("sqlite:/tmp/x.sqlite") == .sqlite(path: "/tmp/x.sqlite"))
        #expect(StoreLocation("data/oasis.sqlite") == .sqlite(path: "data/oasis.sqlite"))
        #expect(StoreLocation("postgres://u:secret@h/db").description.contains("secret") == false)
    }

    @Test("an unwritable SQLite path is refused with a clear message")
    func unwritable() async {
        await #expect {
            try await Store.open(.sqlite(path: "/dev/null/oasis-data/oasis.sqlite"), logger: TestStore.logger)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .unavailable && error.message.contains("/dev/null/oasis-data")
        }
    }

    @Test("an audit anchor file in a folder that does not exist is refused at opening, naming the file")
    func anchorFolderMissing() async {
        await #expect {
            try await Store.open(
                .sqlite(path: NSTemporaryDirectory() + "oasis-\(UUID().uuidString).sqlite"),
                auditAnchorPath: "/nonexistent-oasis-folder/audit-anchor", logger: TestStore.logger)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .unavailable && error.message.contains("/nonexistent-oasis-folder/audit-anchor")
        }
    }

    @Test("a PostgreSQL URL with a lock_timeout that is not a whole number of milliseconds is refused")
    func badLockTimeout() async {
        await #expect {
            try await PostgresStore.connect(url: "postgres://oasis@127.0.0.1:1/oasis?lock_timeout=5s", logger: TestStore.logger, timeout: .seconds(5))
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.message.contains("lock_timeout") && error.message.contains("\"5s\"")
        }
    }

    // No wall-clock assertion (timing belongs in bench/): the message must show that the refusal came from the
    // connection itself or from the 5-second answer timeout, and the time limit only guards against a hang.
    @Test("an unreachable PostgreSQL server is refused with a clear message, within its answer timeout", .timeLimit(.minutes(4)))
    func unreachable() async {
        await #expect {
            try await PostgresStore.connect(url: "postgres://oasis:secret@127.0.0.1:1/oasis", logger: TestStore.logger, timeout: .seconds(5))
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .unavailable && error.message.contains("127.0.0.1:1") && !error.message.contains("secret")
                && (error.message.contains("no answer within 5") || error.message.lowercased().contains("refused"))
        }
    }

    @Test("a malformed database URL is refused")
    func malformedURL() async {
        await #expect(throws: StoreError.self) {
            try await PostgresStore.connect(url: "postgres://", logger: TestStore.logger)
        }
    }
}
