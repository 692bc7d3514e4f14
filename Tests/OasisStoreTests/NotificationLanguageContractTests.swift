import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Notifications speak the citizen's language (both stores)")
struct NotificationLanguageContractTests {
    @Test("a case's notification is written in the language its reporter wrote in; zh-Hans when unknown", arguments: TestStoreKind.available)
    func language(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            func item(_ language: Language?) -> HotlineCase {
                HotlineCase(
                    category: "C0101", channel: "web", description: "井盖缺失", reporter: CaseReporter(phone: "13800000000", language: language),
                    registeredAt: now)
            }
            let saved = try await store.cases.register([item(.ug), item(.en), item(nil)], by: .system)
            let claimed = try await store.cases.claimNotifications(limit: 10, lease: 60)
            #expect(claimed.count == 3)
            var byCase: [Int64: CaseNotification] = [:]
            for message in claimed {
                let notification = try JSONDecoder.iso8601.decode(CaseNotification.self, from: Data(message.payload.utf8))
                byCase[notification.caseID] = notification
            }
            // The status "registered" in each language, as the language files give it.
            #expect(byCase[saved[0].id]?.language == "ug")
            #expect(byCase[saved[0].id]?.message == "تىزىملاندى")
            #expect(byCase[saved[1].id]?.language == "en")
            #expect(byCase[saved[1].id]?.message == "Registered")
            #expect(byCase[saved[2].id]?.language == "zh-Hans")
            #expect(byCase[saved[2].id]?.message == "已登记")
            #expect(try await store.cases.get(saved[0].id, for: .system)?.reporter?.language == .ug)
        }
    }
}

extension JSONDecoder {
    fileprivate static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
