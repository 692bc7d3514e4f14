import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisTestSupport
import Testing

/// `GET /api/v1/problems` by the page and through filters: every filter is checked against the test's own filtering
/// of the unfiltered ledger, and pages put together give back the whole ledger in its order.
@Suite("The problem ledger over the API: filters by region, status, severity and year, paging, refused parameters (both stores)")
struct ProblemsAPIPageTests {
    static func items(_ app: Harness, _ query: String) async throws -> (total: Int, items: [[String: Any]]) {
        let response = try await app.request(.get, "/api/v1/problems?\(query)", token: app.analystToken)
        #expect(response.status == .ok, "\(query)")
        let body = try response.json()
        return (try #require(body["total"] as? Int), try #require(body["items"] as? [[String: Any]]))
    }

    @Test("filters and pages", arguments: TestStoreKind.available)
    func filtersAndPages(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let imported = try await app.request(
                .post, "/api/v1/indicator-values/import?fileName=check.csv", token: app.analystToken, body: EvaluationAPITests.csv,
                contentType: "text/csv")
            #expect(imported.status == .created)
            let all = try await Self.items(app, "")
            #expect(all.total == all.items.count)
            #expect(all.total >= 3, "the file leaves U01 and D01 problems in three prefectures")
            let ids = all.items.compactMap { $0["id"] as? Int }
            #expect(ids.count == all.total)

            var paged: [Int] = []
            var offset = 0
            while offset < all.total {
                let page = try await Self.items(app, "limit=2&offset=\(offset)")
                #expect(page.total == all.total)
                #expect(page.items.count == min(2, all.total - offset))
                paged += page.items.compactMap { $0["id"] as? Int }
                offset += 2
            }
            #expect(paged == ids)
            #expect(try await Self.items(app, "limit=2&offset=\(all.total)").items.isEmpty)

            for (name, value) in [("status", "open"), ("status", "solved"), ("severity", "low"), ("severity", "medium"), ("severity", "high")] {
                let filtered = try await Self.items(app, "\(name)=\(value)")
                let expected = all.items.filter { $0[name] as? String == value }.compactMap { $0["id"] as? Int }
                #expect(filtered.items.compactMap { $0["id"] as? Int } == expected, "\(name)=\(value)")
                #expect(filtered.total == expected.count)
            }
            let karamay = try await Self.items(app, "region=650400")
            #expect(
                karamay.items.compactMap { $0["id"] as? Int }
                    == all.items.filter { $0["region"] as? String == "650400" }.compactMap { $0["id"] as? Int })
            #expect(!karamay.items.isEmpty)
            let in2024 = try await Self.items(app, "year=2024")
            let expected2024 = all.items.filter { ($0["firstPeriod"] as? Int ?? 9999) <= 2024 && ($0["lastFailedPeriod"] as? Int ?? 0) >= 2024 }
            #expect(in2024.items.compactMap { $0["id"] as? Int } == expected2024.compactMap { $0["id"] as? Int })

            for (query, field) in [
                ("severity=extreme", "severity"), ("status=closed", "status"), ("year=abc", "year"), ("year=3000", "year"), ("limit=0", "limit"),
                ("limit=5000", "limit"), ("offset=-1", "offset"), ("region=65x", "region"),
            ] {
                let refused = try await app.request(.get, "/api/v1/problems?\(query)", token: app.analystToken)
                #expect(refused.status == .badRequest, "\(query)")
                let details = try refused.errorDetails()
                #expect(details.first?["field"] as? String == field, "\(query)")
            }
        }
    }
}
