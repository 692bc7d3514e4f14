import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Working calendars (both stores)")
struct CalendarContractTests {
    /// TEST FIXTURE, not official dates.
    static let national2027 = HolidayCalendarData(
        timeZone: "Asia/Shanghai",
        years: [
            .init(year: 2027, source: "TEST fixture", holidays: [.init(name: "TEST New Year", from: "2027-01-01", to: "2027-01-03")], workdays: [])
        ],
        sample: true, note: "TEST FIXTURE")

    /// TEST FIXTURE, not official dates or hours.
    static let xinjiang = HolidayCalendarData(
        timeZone: "Asia/Shanghai",
        years: [.init(year: 2026, source: nil, holidays: [.init(name: "TEST", from: "2026-03-20", to: "2026-03-20")], workdays: ["2026-03-21"])],
        region: "650000", sample: true,
        officeHours: [
            .init(from: "2026-05-01", label: "TEST summer", periods: [.init(start: "10:00", end: "14:00"), .init(start: "16:00", end: "20:00")])
        ])

    @Test(
        "a loaded file reads back as it was loaded, is listed and audited; a later file replaces its region's years",
        arguments: TestStoreKind.available)
    func roundTrip(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            try await store.calendars.load(Self.national2027, by: .system)
            try await store.calendars.load(Self.xinjiang, by: .system)
            #expect(try await store.calendars.files() == [Self.national2027, Self.xinjiang])
            let entries = try await store.calendars.list()
            #expect(entries.map(\.region) == [nil, "650000", "650000"])
            #expect(entries.map(\.year) == [2027, 2026, nil])
            #expect(entries[0].daysOff == 1 && entries[1].makeUpDays == 1 && entries[0].sample)
            #expect(entries[2].officeHours?.periods.count == 2)
            let audit = try await store.audit.recent(limit: 10, for: .system)
            #expect(audit.filter { $0.action == "calendar.load" }.count == 2)
            // Loading Xinjiang's 2026 again (without office hours) replaces the year and keeps the office hours.
            var again = Self.xinjiang
            again.years[0].workdays = []
            again.officeHours = nil
            try await store.calendars.load(again, by: .system)
            let files = try await store.calendars.files()
            #expect(files.count == 2 && files[1].years[0].workdays.isEmpty && files[1].officeHours == Self.xinjiang.officeHours)
        }
    }

    @Test("a file with problems is refused with nothing stored; only administrators load", arguments: TestStoreKind.available)
    func refused(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            var bad = Self.national2027
            bad.years[0].workdays = ["2027-01-02"]
            await #expect(throws: OasisError.self) { try await store.calendars.load(bad, by: .system) }
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let dispatcher = try await Fixtures.user(store, "dispatcher", role: .dispatcher)
            // Permissions are asked for above the store: the dispatcher gets no access to load with.
            await #expect {
                try await store.calendars.load(Self.national2027, by: Principal(user: dispatcher).access(for: .manageUsers))
            } throws: { error in
                (error as? OasisError)?.kind == .forbidden
            }
            #expect(try await store.calendars.files().isEmpty)
            #expect(try await store.calendars.list().isEmpty)
        }
    }
}
