import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The reporter column is written by hand on the intake's path (not by a JSON encoder): what is read back must be
/// exactly what was reported, whatever the characters, and the column must stay JSON that other tools read.
@Suite("A case's reporter is stored and read back exactly (both stores)")
struct CaseReporterStorageContractTests {
    static let reporters: [CaseReporter] = [
        CaseReporter(name: "阿依古丽·买买提", phone: "+86 138 0000 0000", email: "aygul@example.cn", language: .ug),
        CaseReporter(name: "ئابدۇرېھىم \"ئۆتكۈر\"", phone: nil, email: nil, language: .ug),
        CaseReporter(name: "back\\slash / slash\nnew line\ttab \u{1}control", phone: "0991-1234567", email: nil, language: nil),
        CaseReporter(name: nil, phone: nil, email: "only@example.cn", language: .en),
        CaseReporter(name: "😀 emoji", phone: nil, email: nil, language: .zhHans),
    ]

    @Test("every reporter, read back, equals what was registered; the stored text parses as JSON", arguments: TestStoreKind.available)
    func roundTrip(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            let items = Self.reporters.map { reporter in
                HotlineCase(
                    category: "C0101", channel: "test", description: "reporter test", region: "650102", reporter: reporter, registeredAt: Date())
            }
            let saved = try await store.cases.register(items, by: .system)
            for (item, reporter) in zip(saved, Self.reporters) {
                let read = try await store.cases.get(item.id, for: .system)
                #expect(read?.reporter == reporter)
                let text = try #require(
                    try await store.database.first("SELECT reporter FROM cases WHERE id = ?", [.int(item.id)])?.optionalString("reporter"))
                let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
                #expect(object["name"] == reporter.name)
                #expect(object["phone"] == reporter.phone)
                #expect(object["email"] == reporter.email)
                #expect(object["language"] == reporter.language?.rawValue)
                #expect(object.count == [reporter.name, reporter.phone, reporter.email, reporter.language?.rawValue].compactMap { $0 }.count)
            }
        }
    }
}
