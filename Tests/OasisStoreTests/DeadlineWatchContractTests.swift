import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The deadline watch on a clock moved forward by hand: the warning at the warning time, supervision at the deadline,
/// each once (also when two rounds run at the same moment), again for a new deadline, never for a closed case; with
/// the case's history, the audit trail and the notices to the unit and its supervisor.
@Suite("Deadline watch: warning and automatic supervision, once per deadline (both stores)")
struct DeadlineWatchContractTests {
    static let start = Date(timeIntervalSince1970: 1_778_407_200) // 2026-05-10 10:00 UTC
    static let hour: TimeInterval = 3600
    static let decoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static func deadlines(warn: TimeInterval, resolve: TimeInterval) -> CaseDeadlines {
        CaseDeadlines(respondBy: start + hour, resolveBy: start + resolve * hour, warnAt: start + warn * hour)
    }

    static func dispatch(_ store: Store, _ id: Int64, _ deadlines: CaseDeadlines) async throws {
        _ = try await store.cases.update(id, by: .system) { before in
            var after = before
            after.workflow.status = .dispatched
            after.workflow.unit = "天山区城管局"
            after.dispatchedAt = start
            after.deadlines = deadlines
            return CaseRepository.Change(after: after, event: "dispatch", detail: "to 天山区城管局")
        }
    }

    static func round(_ store: Store) async throws -> DeadlineWatchRound {
        try await store.cases.watchDeadlines { kind, item in "\(kind.rawValue) #\(item.id)" }
    }

    @Test(
        "warned at 80 % of the time, supervised at the deadline, each once; a new deadline is watched again; closed cases never",
        arguments: TestStoreKind.available)
    func watch(kind: TestStoreKind) async throws {
        let clock = ManualClock(Self.start)
        // Two rounds at once: on PostgreSQL the second's claim waits for the first's row lock, and under the suite's
        // parallel load on 2 cores the first can take longer than the default 5 s lock wait, which is not what this
        // test is about.
        try await TestStore.with(kind, clock: clock, lockWait: .seconds(60)) { store in
            try await store.cases.saveUnit(CaseUnit(name: "天山区城管局", supervisor: "ts-lead"), by: .system)
            let saved = try await store.cases.register(
                (0..<3).map { _ in HotlineCase(category: "C0101", channel: "test", description: "deadline test", registeredAt: Self.start) },
                by: .system)
            let (a, b, c) = (saved[0].id, saved[1].id, saved[2].id)
            try await Self.dispatch(store, a, Self.deadlines(warn: 8, resolve: 10))
            try await Self.dispatch(store, b, Self.deadlines(warn: 20, resolve: 24))
            try await Self.dispatch(store, c, Self.deadlines(warn: 8, resolve: 10))
            _ = try await store.cases.update(c, by: .system) { before in
                var after = before
                after.workflow.status = .closed
                after.closedAt = Self.start + 2 * Self.hour
                return CaseRepository.Change(after: after, event: "close", detail: "")
            }

            clock.advance(by: 8 * Self.hour - 1)
            #expect(try await Self.round(store) == DeadlineWatchRound(), "one second before the warning time")
            clock.advance(by: 1)
            async let first = Self.round(store)
            async let second = Self.round(store)
            let both = try await [first, second]
            #expect(both.flatMap(\.warned) == [a], "two rounds at once warn case \(a) once")
            #expect(both.flatMap(\.supervised).isEmpty)
            #expect(try await Self.round(store) == DeadlineWatchRound())

            clock.advance(by: 2 * Self.hour) // 20:00, A's deadline
            #expect(try await Self.round(store) == DeadlineWatchRound(warned: [], supervised: [a]))
            #expect(try await store.cases.get(a, for: .system)?.supervised == true)
            #expect(try await store.cases.get(b, for: .system)?.supervised == false)
            let events = try await store.cases.events(of: a, for: .system).map { "\($0.event)|\($0.actor)|\($0.status.rawValue)" }
            #expect(events.suffix(2) == ["deadline_warning|system|dispatched", "auto_supervise|system|dispatched"])
            let audit = try await store.audit.history(entityType: "case", entityID: String(a), for: .system).map(\.action)
            #expect(audit.contains("case.deadline_warning") && audit.contains("case.auto_supervise"))
            let notices = try await store.database.query(
                "SELECT status, payload FROM notifications WHERE case_id = ? AND status IN ('deadline_warning', 'overdue') ORDER BY id", [.int(a)]
            ).map { row in try Self.decoder.decode(StaffNotice.self, from: Data(try row.string("payload").utf8)) }
            #expect(notices.map(\.kind) == [.deadlineWarning, .overdue])
            #expect(notices.allSatisfy { $0.unit == "天山区城管局" && $0.supervisor == "ts-lead" && $0.caseID == a })
            #expect(notices.map(\.deadline) == [Self.start + 10 * Self.hour, Self.start + 10 * Self.hour])
            #expect(notices.map(\.message) == ["deadline_warning #\(a)", "overdue #\(a)"])
            #expect(notices.map(\.at) == [Self.start + 8 * Self.hour, Self.start + 10 * Self.hour])

            // B's warning time passes unseen (no round ran); at its deadline only the supervision is due.
            clock.advance(by: 15 * Self.hour) // next day 11:00
            #expect(try await Self.round(store) == DeadlineWatchRound(warned: [], supervised: [b]))

            // A reopened with a new deadline is watched again.
            try await Self.dispatch(store, a, Self.deadlines(warn: 32, resolve: 34))
            clock.advance(by: 7 * Self.hour) // start + 32 h
            #expect(try await Self.round(store) == DeadlineWatchRound(warned: [a], supervised: []))
            clock.advance(by: 2 * Self.hour)
            #expect(try await Self.round(store) == DeadlineWatchRound(warned: [], supervised: [a]))
            #expect(try await Self.round(store) == DeadlineWatchRound())
            #expect(try await store.cases.events(of: c, for: .system).map(\.event) == ["register", "dispatch", "close"])
        }
    }

    @Test("the migration fills the warning time of open cases from their deadlines", arguments: TestStoreKind.available)
    func backfill(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, clock: ManualClock(Self.start)) { store in
            let saved = try await store.cases.register(
                [HotlineCase(category: "C0101", channel: "test", description: "backfill test", registeredAt: Self.start)], by: .system)
            try await Self.dispatch(store, saved[0].id, Self.deadlines(warn: 8, resolve: 10))
            try await store.database.execute("UPDATE cases SET warn_at = NULL", [])
            let migration = try #require(Migrations.all.first { $0.version == 17 })
            let fill = try #require(migration.statements(store.database.dialect).first { $0.hasPrefix("UPDATE cases SET warn_at") })
            try await store.database.execute(fill, [])
            let warnAt = try await store.database.first("SELECT warn_at FROM cases WHERE id = ?", [.int(saved[0].id)])?.optionalInt("warn_at")
            #expect(warnAt == Int64((Self.start.timeIntervalSince1970 + 8 * Self.hour) * 1000))
        }
    }
}
