import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Backups and restores of the embedded store (SQLite's online backup)", .serialized)
struct SQLiteBackupTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func withStore<T>(_ path: String, _ body: (Store) async throws -> T) async throws -> T {
        try await Store.using(.sqlite(path: path), auditAnchorPath: path + ".audit-anchor", logger: TestStore.logger, body)
    }

    @Test(
        "a backup taken while writes run is one consistent moment; once writes stop, a backup's export equals the original's",
        .timeLimit(.minutes(8)))
    func backupDuringWrites() async throws {
        let folder = try Self.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("live.sqlite").path
        try await Self.withStore(database) { store in
            try await store.migrate()
            let writer = Task {
                var written = 0
                while !Task.isCancelled && written < 2_000 {
                    do {
                        _ = try await store.users.create(
                            username: "load\(written + 1)", displayName: "load", role: .analyst, scope: AccessScope(), passwordHash: "x",
                            mustChangePassword: false, by: .system)
                    } catch is CancellationError {
                        break // stopped while waiting for the writer: that user was not written
                    }
                    written += 1
                }
                return written
            }
            while try await store.users.list(for: .system).count < 20 { try await Task.sleep(for: .milliseconds(10)) }
            let atStart = try await store.users.list(for: .system).count
            let during = folder.appendingPathComponent("during.sqlite").path
            let result = try await SQLiteBackup.backUp(database: database, to: during)
            let atEnd = try await store.users.list(for: .system).count
            writer.cancel()
            _ = try await writer.value
            #expect(result.schemaVersion == Migrations.latestVersion)

            let restored = folder.appendingPathComponent("restored.sqlite").path
            _ = try await SQLiteBackup.restore(from: during, to: restored, replacing: false)
            let (taken, duringExport) = try await Self.withStore(restored) { copy in
                let names = Set(try await copy.users.list(for: .system).map(\.username))
                #expect(names.count >= atStart && names.count <= atEnd, "\(atStart) ≤ \(names.count) ≤ \(atEnd)")
                #expect(names == Set((1...names.count).map { "load\($0)" }), "no write is half in the copy: users 1…n, no gap")
                let audit = try await copy.audit.verify()
                #expect(audit.isIntact && audit.eventCount == names.count, "one audit event per user, chain intact")
                return (Int64(names.count), try await StoreExport.of(copy.database))
            }

            let quiet = folder.appendingPathComponent("quiet.sqlite").path
            _ = try await SQLiteBackup.backUp(database: database, to: quiet)
            let original = try await StoreExport.of(store.database)
            let restoredQuiet = folder.appendingPathComponent("restored-quiet.sqlite").path
            _ = try await SQLiteBackup.restore(from: quiet, to: restoredQuiet, replacing: false)
            let copied = try await Self.withStore(restoredQuiet) { try await StoreExport.of($0.database) }
            #expect(original.differences(from: copied).isEmpty)
            #expect(copied.tables.first { $0.table == "users" }?.rows == (try await store.users.list(for: .system).count))

            // The original as it stood when the backup was taken: its quiet copy without the writes after user n
            // (users and audit events are numbered 1, 2, … in this fresh store). Its export equals the backup's, table by table.
            let asThen = folder.appendingPathComponent("as-then.sqlite").path
            _ = try await SQLiteBackup.restore(from: quiet, to: asThen, replacing: false)
            let thenExport = try await Self.withStore(asThen) { copy in
                try await copy.database.execute("DELETE FROM audit_events WHERE seq > ?", [.int(taken)])
                try await copy.database.execute("DELETE FROM users WHERE id > ?", [.int(taken)])
                // The chain's head as it was after event n (the audit log keeps `seq:hash` of its last event).
                try await copy.database.execute(
                    "UPDATE settings SET value = (SELECT CAST(seq AS TEXT) || ':' || hash FROM audit_events WHERE seq = ?) WHERE key = 'audit_head'",
                    [.int(taken)])
                return try await StoreExport.of(copy.database)
            }
            #expect(thenExport.differences(from: duringExport).isEmpty, "\(thenExport.differences(from: duringExport))")
        }
    }

    @Test("bad input is refused clearly and leaves nothing behind")
    func refusals() async throws {
        let folder = try Self.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("oasis.sqlite").path
        try await Self.withStore(database) { store in
            try await store.migrate()
            try await store.settings.set("k", "v")
            // An audited write, so that the audit anchor exists beside the database.
            _ = try await store.users.create(
                username: "anchored", displayName: "a", role: .analyst, scope: AccessScope(), passwordHash: "x", mustChangePassword: false,
                by: .system)
        }
        func code(_ body: () async throws -> Void) async -> String? {
            do {
                try await body()
                return nil
            } catch let error as OasisError {
                return error.code
            } catch {
                return "\(error)"
            }
        }
        let missing = folder.appendingPathComponent("missing.sqlite").path
        let out = folder.appendingPathComponent("out.sqlite").path
        #expect(await code { _ = try await SQLiteBackup.backUp(database: missing, to: out) } == "database_missing")
        let text = folder.appendingPathComponent("notes.txt").path
        try "not a database, only words".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(await code { _ = try await SQLiteBackup.backUp(database: text, to: out) } == "not_an_oasis_database")
        #expect(await code { _ = try await SQLiteBackup.restore(from: text, to: out, replacing: false) } == "not_an_oasis_database")
        let foreign = folder.appendingPathComponent("foreign.sqlite").path
        try await Self.withStore(foreign) { try await $0.database.execute("CREATE TABLE t (x BIGINT)") }
        #expect(await code { _ = try await SQLiteBackup.backUp(database: foreign, to: out) } == "not_an_oasis_database")
        #expect(!FileManager.default.fileExists(atPath: out) && !FileManager.default.fileExists(atPath: out + ".partial"), "nothing half-written")

        let backup = folder.appendingPathComponent("backup.sqlite").path
        _ = try await SQLiteBackup.backUp(database: database, to: backup)
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"), "the backup's connection leaves no WAL behind a closed store")
        #expect(await code { _ = try await SQLiteBackup.backUp(database: database, to: backup) } == "target_exists", "a backup never overwrites")
        #expect(await code { _ = try await SQLiteBackup.restore(from: backup, to: foreign, replacing: false) } == "target_exists")
        #expect(try await Self.withStore(foreign) { try await $0.database.query("SELECT x FROM t") }.isEmpty, "the target is untouched")

        // A damaged backup (garbage over its last pages) is refused; nothing is written.
        let damaged = folder.appendingPathComponent("damaged.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: damaged)
        let handle = try #require(FileHandle(forUpdatingAtPath: damaged))
        let length = try handle.seekToEnd()
        try handle.seek(toOffset: length - 8_192)
        handle.write(Data(repeating: 0xA5, count: 8_192))
        try handle.close()
        let refusal = await code { _ = try await SQLiteBackup.restore(from: damaged, to: out, replacing: false) }
        #expect(["integrity_check_failed", "not_an_oasis_database"].contains(refusal ?? ""), "\(refusal ?? "accepted")")
        #expect(!FileManager.default.fileExists(atPath: out))

        // A backup from a newer Oasis is refused before anything is replaced.
        let newer = folder.appendingPathComponent("newer.sqlite").path
        _ = try await SQLiteBackup.backUp(database: database, to: newer)
        try await Self.withStore(newer) { store in
            try await store.database.execute(
                "INSERT INTO oasis_schema_migrations (version, description, applied_at) VALUES (999, 'future', 0)")
        }
        #expect(await code { _ = try await SQLiteBackup.restore(from: newer, to: out, replacing: false) } == "schema_too_new")
        #expect(!FileManager.default.fileExists(atPath: out))

        // With --replace, the restore overwrites and moves the old audit anchor aside.
        try await Self.withStore(database) { try await $0.settings.set("k", "changed after the backup") }
        let result = try await SQLiteBackup.restore(from: backup, to: database, replacing: true)
        #expect(result.movedAuditAnchor == database + ".audit-anchor.before-restore")
        #expect(try await Self.withStore(database) { try await $0.settings.get("k") } == "v")
    }
}
