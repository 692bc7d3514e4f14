import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisServer
import OasisStore
import OasisTestSupport
import Testing

/// The citizen is answered and notified in the language of their Open311 request: the form's `locale` or `lang`,
/// else Accept-Language, else zh-Hans; the language is kept on the case even when they left no contact.
@Suite("Open311 requests keep the reporter's language")
struct Open311LanguageTests {
    static let base = "service_code=C0101&lat=43.8256&long=87.6168&description=%E4%BA%95%E7%9B%96%E7%BC%BA%E5%A4%B1&attribute%5Brequest_type%5D=RT03"

    static func post(_ app: Harness, key: String, _ extra: String, acceptLanguage: String? = nil) async throws -> (id: Int64, notice: String?) {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let acceptLanguage { headers[.acceptLanguage] = acceptLanguage }
        let response = try await app.request(.post, "/open311/v2/requests.json", headers: headers, body: "api_key=\(key)&\(base)\(extra)")
        #expect(response.status == .ok)
        let receipt = try #require((try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])?.first)
        let id = try #require((receipt["service_request_id"] as? String).flatMap { Int64($0) })
        return (id, receipt["service_notice"] as? String)
    }

    @Test(
        "locale, lang, Accept-Language and the default each decide the stored language and the receipt's notice", arguments: TestStoreKind.available)
    func reporterLanguage(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let key = try await Open311APITests.citizenKey(app)
            let catalogue = MessageCatalogue.standard
            let cases: [(extra: String, header: String?, expected: Language)] = [
                ("&locale=ug_CN", nil, .ug), // anonymous, the form's locale
                ("&lang=en", "ug", .en), // the form beats the header
                ("", "ug-CN,ug;q=0.9,zh;q=0.5", .ug), // anonymous, Accept-Language
                ("&locale=fr", "en-GB", .en), // a locale Oasis does not offer: the header decides
                ("", nil, .zhHans), // nothing said: zh-Hans
            ]
            for (extra, header, expected) in cases {
                let (id, notice) = try await Self.post(app, key: key, extra, acceptLanguage: header)
                let stored = try #require(try await app.store.cases.get(id, for: .system))
                #expect(stored.reporter?.language == expected, "\(extra) \(header ?? "-")")
                #expect(stored.reporter?.isAnonymous == true, "no contact was given")
                #expect(notice == catalogue.text("open311_received", expected), "\(extra) \(header ?? "-")")
            }
        }
    }

    @Test("a reporter who left an email is notified in the Accept-Language's language", arguments: TestStoreKind.available)
    func notification(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let key = try await Open311APITests.citizenKey(app)
            let (id, _) = try await Self.post(app, key: key, "&email=a%40example.cn", acceptLanguage: "ug")
            let claimed = try await app.store.cases.claimNotifications(limit: 50, lease: 60)
            let payloads = claimed.compactMap { try? JSONSerialization.jsonObject(with: Data($0.payload.utf8)) as? [String: Any] }
            let mine = try #require(payloads.first { ($0["caseID"] as? Int).map(Int64.init) == id })
            #expect(mine["language"] as? String == "ug")
            #expect(mine["message"] as? String == "تىزىملاندى")
        }
    }
}
