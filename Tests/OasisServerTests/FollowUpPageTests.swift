import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisStore
import Testing

@Suite("Follow-up calls on the staff page and the API: the real answers, and the satisfaction rate they make")
struct FollowUpPageTests {
    /// A case of the demo's register taken to `closed` over the API by the administrator; its id.
    static func closedCase(_ app: Harness) async throws -> Int {
        let created = try await app.request(
            .post, "/api/v1/cases", token: app.adminToken, json: #"{"category": "C0101", "description": "井盖缺失", "region": "650102"}"#)
        let id = try #require(try created.json()["id"] as? Int)
        for step in [
            #"{"event": "dispatch", "unit": "天山区城管局"}"#, #"{"event": "accept"}"#, #"{"event": "report_back", "summary": "已补装"}"#,
            #"{"event": "verify_pass", "closure": "resolved"}"#,
        ] {
            #expect(try await app.request(.post, "/api/v1/cases/\(id)/events", token: app.adminToken, json: step).status == .ok)
        }
        return id
    }

    static func overall(_ app: Harness) async throws -> [String: Any] {
        let response = try await app.request(.get, "/api/v1/cases/metrics?by=all", token: app.adminToken)
        let items = try #require(try response.json()["items"] as? [[String: Any]])
        return try #require(items.first?["metrics"] as? [String: Any])
    }

    @Test("an unsatisfied follow-up entered on the case page lowers the satisfaction rate; a refused one writes nothing")
    func pageLowersSatisfaction() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let first = try await Self.closedCase(app)
            let second = try await Self.closedCase(app)
            let visit = try await app.request(
                .post, "/api/v1/cases/\(first)/events", token: app.adminToken,
                json: #"{"event": "follow_up", "reached": true, "responded": true, "resolved": true, "satisfaction": "satisfied"}"#)
            #expect(visit.status == .ok)
            #expect(try await Self.overall(app)["satisfactionRate"] as? Double == 100)

            let page = try await app.request(
                .get, "/hotline/cases/\(second)?lang=en", headers: [.cookie: session.cookies + "; oasis_lang=en", .accept: "text/html"])
            for field in [
                "follow_up-reached", "follow_up-reason", "follow_up-responded", "follow_up-resolved", "follow_up-satisfaction", "follow_up-words",
            ] {
                #expect(page.text.contains("id=\"\(field)\""), "\(field)")
            }
            #expect(page.text.contains("<option value=\"basically_satisfied\">Basically satisfied</option>"))
            #expect(page.text.contains("<option value=\"no_rating\">No rating given</option>"))

            // Not reached, and no reason said: refused beside the form, with what was chosen; nothing written.
            let events = try await app.store.cases.events(of: Int64(second), for: .system).count
            let refused = try await app.postForm(
                "/hotline/cases/\(second)/step?lang=en", session,
                [("event", "follow_up"), ("reached", "no"), ("unreachedReason", ""), ("satisfaction", "unsatisfied"), ("words", "没人接")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("A citizen not reached: choose why and leave the answers empty."))
            #expect(refused.text.contains("<option value=\"no\" selected>No</option>"))
            #expect(try await app.store.cases.events(of: Int64(second), for: .system).count == events)

            let entered = try await app.postForm(
                "/hotline/cases/\(second)/step?lang=en", session,
                [
                    ("event", "follow_up"), ("reached", "yes"), ("unreachedReason", ""), ("responded", "yes"), ("resolved", "no"),
                    ("satisfaction", "unsatisfied"), ("words", "井盖还是松的"),
                ])
            #expect(entered.status == .found)
            let item = try #require(try await app.store.cases.get(Int64(second), for: .system))
            #expect(item.status == .followedUp && item.workflow.satisfaction == .unsatisfied && item.workflow.resolved == false)
            #expect(try await app.store.cases.events(of: Int64(second), for: .system).last?.detail.contains("words=井盖还是松的") == true)
            // Two rated valid visits, one satisfied: 50 %; resolved one of two.
            let metrics = try await Self.overall(app)
            #expect(metrics["satisfactionRate"] as? Double == 50)
            #expect(metrics["resolutionRate"] as? Double == 50)
            #expect(metrics["visited"] as? Int == 2 && metrics["rated"] as? Int == 2)
            let dashboard = try await app.request(
                .get, "/hotline/dashboard?lang=en", headers: [.cookie: session.cookies + "; oasis_lang=en", .accept: "text/html"])
            #expect(dashboard.text.contains("<b id=\"dashboard-satisfaction\">50.0 %</b>"))
        }
    }

    @Test("over the API: an unreached call is counted apart; answers without a reached citizen, or on a case not reported back, are refused")
    func apiAnswers() async throws {
        try await Harness.run { app in
            let id = try await Self.closedCase(app)
            let contradictory = try await app.request(
                .post, "/api/v1/cases/\(id)/events", token: app.adminToken,
                json: #"{"event": "follow_up", "reached": false, "unreachedReason": "no_answer", "satisfaction": "unsatisfied"}"#)
            #expect(contradictory.status == .badRequest)
            #expect(try contradictory.errorDetails().first?["field"] as? String == "satisfaction")
            let badRating = try await app.request(
                .post, "/api/v1/cases/\(id)/events", token: app.adminToken,
                json: #"{"event": "follow_up", "reached": true, "responded": true, "resolved": true, "satisfaction": "happy"}"#)
            #expect(badRating.status == .badRequest)
            let unreached = try await app.request(
                .post, "/api/v1/cases/\(id)/events", token: app.adminToken,
                json: #"{"event": "follow_up", "reached": false, "unreachedReason": "wrong_number"}"#)
            #expect(unreached.status == .ok)
            #expect(try CaseAPITests.status(unreached) == "closed", "an unreached call is no visit")
            let metrics = try await Self.overall(app)
            #expect(metrics["unreachedVisits"] as? Int == 1 && metrics["visited"] as? Int == 0)
            #expect(metrics["satisfactionRate"] == nil || metrics["satisfactionRate"] is NSNull)
            let unrated = try await app.request(
                .post, "/api/v1/cases/\(id)/events", token: app.adminToken,
                json: #"{"event": "follow_up", "reached": true, "responded": false, "resolved": true, "satisfaction": "no_rating"}"#)
            #expect(unrated.status == .ok)
            let after = try await Self.overall(app)
            #expect(after["visited"] as? Int == 1 && after["rated"] as? Int == 0 && after["responseRate"] as? Double == 0)

            // A case still with its unit: a 409 that says why, and nothing written.
            let created = try await app.request(
                .post, "/api/v1/cases", token: app.adminToken, json: #"{"category": "C0101", "description": "x", "region": "650102"}"#)
            let open = try #require(try created.json()["id"] as? Int)
            _ = try await app.request(.post, "/api/v1/cases/\(open)/events", token: app.adminToken, json: #"{"event": "dispatch", "unit": "天山区城管局"}"#)
            let events = try await app.store.cases.events(of: Int64(open), for: .system).count
            let early = try await app.request(
                .post, "/api/v1/cases/\(open)/events", token: app.adminToken,
                json: #"{"event": "follow_up", "reached": true, "responded": true, "resolved": true, "satisfaction": "satisfied"}"#)
            #expect(early.status == .conflict)
            #expect(try early.errorCode() == "invalid_transition")
            #expect(try await app.store.cases.events(of: Int64(open), for: .system).count == events)
        }
    }
}
