import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Health check over the API")
struct EvaluationAPITests {
    /// Three prefecture-level regions with values for two periods of two indicators.
    static let csv = """
        region,indicator,period,value,source
        650100,U01,2024,92.5,住建局
        650200,U01,2024,68.0,住建局
        650400,U01,2024,75.0,住建局
        650100,D01,2024,3,住建局
        650200,D01,2024,0,住建局
        650400,D01,2024,0,住建局
        650100,U01,2025,95.0,住建局
        650200,U01,2025,72.0,住建局
        650400,U01,2025,74.0,住建局
        650100,D01,2025,0,住建局
        650200,D01,2025,0,住建局
        650400,D01,2025,1,住建局
        """

    @Test("importing a file writes values, fills the ledger, and importing it again changes nothing", arguments: TestStoreKind.available)
    func importAndEvaluate(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let first = try await app.request(
                .post, "/api/v1/indicator-values/import?fileName=check.csv", token: app.analystToken, body: Self.csv, contentType: "text/csv")
            #expect(first.status == .created)
            let outcome = try first.json()
            #expect((outcome["record"] as? [String: Any])?["written"] as? Int == 12)
            let again = try await app.request(
                .post, "/api/v1/indicator-values/import?fileName=check.csv", token: app.analystToken, body: Self.csv, contentType: "text/csv")
            #expect((try again.json()["record"] as? [String: Any])?["written"] as? Int == 0)

            let check = try await app.request(.get, "/api/v1/evaluations/650200?period=2024", token: app.analystToken)
            #expect(check.status == .ok)
            let evaluation = try #require(try check.json()["evaluation"] as? [String: Any])
            let indicators = try #require(evaluation["indicators"] as? [[String: Any]])
            let sewage = try #require(indicators.first { $0["indicator"] as? String == "U01" })
            #expect(sewage["status"] as? String == "fail")
            #expect(sewage["basis"] as? String == "threshold")
            let problems = try await app.request(.get, "/api/v1/problems?region=650200", token: app.analystToken)
            let items = try #require(try problems.json()["items"] as? [[String: Any]])
            let u01 = try #require(items.first { $0["indicator"] as? String == "U01" })
            #expect(u01["status"] as? String == "solved")
            #expect(u01["firstPeriod"] as? Int == 2024)
            #expect(u01["solvedPeriod"] as? Int == 2025)
            let karamayD01 = try await app.request(.get, "/api/v1/problems?region=650400&status=open", token: app.analystToken)
            #expect((try karamayD01.json()["items"] as? [[String: Any]])?.first?["indicator"] as? String == "D01")

            let ranking = try await app.request(.get, "/api/v1/evaluations?level=prefecture&period=2025", token: app.analystToken)
            let rows = try #require(try ranking.json()["items"] as? [[String: Any]])
            #expect(rows.first?["region"] as? String == "650100")
            #expect(rows.first?["rank"] as? Int == 1)
        }
    }

    @Test("a file with errors writes nothing and lists every problem; accept-valid writes the good rows")
    func validation() async throws {
        try await Harness.run { app in
            let bad = "region,indicator,period,value\n650100,U01,2025,95\n659999,U01,2025,50\n650100,ZZ9,2025,1\n650200,U01,2025,150\n"
            let refused = try await app.request(.post, "/api/v1/indicator-values/import", token: app.analystToken, body: bad, contentType: "text/csv")
            #expect(refused.status == .badRequest)
            #expect(try refused.errorCode() == "value_file_invalid")
            #expect(try refused.errorDetails().map { $0["line"] as? Int } == [3, 4, 5])
            #expect(try await app.store.indicatorValues.values(region: "650100", for: .system).filter { $0.indicator == "U01" }.isEmpty)
            let accepted = try await app.request(
                .post, "/api/v1/indicator-values/import?acceptValid=true", token: app.analystToken, body: bad, contentType: "text/csv")
            #expect(accepted.status == .created)
            let outcome = try accepted.json()
            #expect(outcome["acceptedValues"] as? Int == 1)
            #expect(outcome["rejectedRows"] as? Int == 3)
            #expect((outcome["problems"] as? [Any])?.count == 3)
        }
    }

    @Test("JSON values, a wrong content type, a missing permission and an unknown period")
    func otherInputs() async throws {
        try await Harness.run { app in
            let posted = try await app.request(
                .post, "/api/v1/indicator-values", token: app.analystToken,
                json: #"[{"region": "650100", "indicator": "U01", "period": 2025, "value": 91.0}]"#)
            #expect(posted.status == .created)
            let wrongType = try await app.request(
                .post, "/api/v1/indicator-values", token: app.analystToken,
                json: #"[{"region": "650100", "indicator": "U01", "period": "2025", "value": 91.0}]"#)
            #expect(wrongType.status == .badRequest)
            #expect(try wrongType.errorDetails().first?["field"] as? String == "[0].period")
            let pdf = try await app.request(
                .post, "/api/v1/indicator-values/import", token: app.analystToken, body: "%PDF", contentType: "application/pdf")
            #expect(pdf.status == .unsupportedMediaType)
            let notAllowed = try await app.request(.post, "/api/v1/indicator-values/import", body: "x", contentType: "text/csv")
            #expect(notAllowed.status == .unauthorized)
            let noData = try await app.request(.get, "/api/v1/evaluations/650100?period=1999", token: app.analystToken)
            #expect(noData.status == .notFound)
            #expect(try noData.errorCode() == "period_without_data")
            let badStatus = try await app.request(.get, "/api/v1/problems?status=closed", token: app.analystToken)
            #expect(badStatus.status == .badRequest)
        }
    }

    @Test("the framework exports, and a changed framework imports and becomes active; a broken one is refused")
    func framework() async throws {
        try await Harness.run { app in
            let exported = try await app.request(.get, "/api/v1/frameworks/active", token: app.analystToken)
            var framework = try JSONDecoder().decode(IndicatorFramework.self, from: Data(exported.body.readableBytesView))
            #expect(framework == .builtIn)
            framework.version = 2026
            framework.targets.append(
                IndicatorTarget(
                    id: "urumqi-sewage", indicator: "U01", region: "650100", baseYear: 2024, targetYear: 2027,
                    value: 98, comparison: .atLeast))
            let body = String(decoding: framework.encodedJSON(), as: UTF8.self)
            let saved = try await app.request(.post, "/api/v1/frameworks", token: app.analystToken, json: body)
            #expect(saved.status == .created)
            #expect(try await app.store.frameworks.active()?.version == 2026)
            framework.indicators[0].group = "missing-group"
            let broken = try await app.request(
                .post, "/api/v1/frameworks", token: app.analystToken,
                json: String(decoding: framework.encodedJSON(), as: UTF8.self))
            #expect(broken.status == .badRequest)
            #expect(try broken.errorCode() == "framework_inconsistent")
        }
    }
}
