import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Health-check report and pages")
struct HealthCheckReportTests {
    /// The demo sample plus the census figures, as `oasis serve` seeds them.
    static func seeded(_ body: @Sendable @escaping (Harness) async throws -> Void) async throws {
        try await Harness.run { app in
            _ = try await Bootstrap.seedSampleValues(into: app.store)
            try await body(app)
        }
    }

    @Test("the report is one self-contained HTML document with every section, in both languages")
    func structure() async throws {
        try await Self.seeded { app in
            let service = EvaluationService(store: app.store)
            for language in Language.allCases {
                let html = try await service.healthCheckReport(region: try RegionCode("650100"), period: 2025, language: language, by: .system)
                #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"\(language.rawValue)\" dir=\"\(language == .ug ? "rtl" : "ltr")\">"))
                for id in [
                    "report-title", "summary", "chart-goals", "chart-tiles", "chart-thresholds", "chart-trend", "indicator-table", "problems",
                    "method", "sample-note",
                ] {
                    #expect(html.contains("id=\"\(id)\""), "\(language): section \(id)")
                }
                #expect(html.contains("@page { size: A4"))
                #expect(!html.contains("<script"), "no scripts")
                for reference in ["src=\"http", "href=\"http", "url(http", "@import"] {
                    #expect(!html.contains(reference), "no external resources: \(reference)")
                }
                #expect(html.components(separatedBy: "<svg").count - 1 >= 4)
                let expected: [Language: (String, String)] = [
                    .zhHans: ("乌鲁木齐市 2025 年城市体检", "示例数据"), .en: ("Urumqi: health check 2025", "demo sample data"),
                    .ug: ("ئۈرۈمچى شەھىرى: 2025 يىللىق تەكشۈرۈش", "ئەۋرىشكە سانلىق مەلۇمات"),
                ]
                #expect(html.contains(expected[language]?.0 ?? "-"), "\(language): title")
                #expect(html.contains(expected[language]?.1 ?? "-"), "\(language): sample note")
            }
            let xinjiang = try await service.healthCheckReport(region: try RegionCode("650000"), period: nil, language: .en, by: .system)
            #expect(xinjiang.contains("id=\"targets\""))
            #expect(xinjiang.contains("Verdict: On track"))
        }
    }

    @Test("the pages render for a signed-in analyst and the report route serves the document")
    func pages() async throws {
        try await Self.seeded { app in
            let headers: HTTPFields = [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"]
            for path in [
                "/evaluation", "/evaluation/650100?period=2024", "/evaluation/problems?status=open", "/evaluation/framework", "/evaluation/import",
            ] {
                let page = try await app.request(.get, path, headers: headers)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("<h1"), "\(path)")
            }
            let ranking = try await app.request(.get, "/evaluation?lang=en", headers: headers)
            #expect(ranking.text.contains("id=\"ranking\""))
            #expect(ranking.text.contains("Urumqi"))
            let report = try await app.request(.get, "/evaluation/650100/report?period=2025", headers: headers)
            #expect(report.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(report.text.contains("id=\"indicator-table\""))
        }
    }

    @Test("a browser session needs the page's CSRF token to call a state-changing API")
    func apiCSRF() async throws {
        try await Harness.run { app in
            let (cookies, csrf) = try await app.browserSession()
            let csv = "region,indicator,period,value\n650100,U01,2025,90\n"
            let without = try await app.request(
                .post, "/api/v1/indicator-values/import", headers: [.cookie: cookies], body: csv, contentType: "text/csv")
            #expect(without.status == .forbidden)
            #expect(try without.errorCode() == "csrf_failed")
            let with = try await app.request(
                .post, "/api/v1/indicator-values/import", headers: [.cookie: cookies, .init("X-CSRF-Token")!: csrf],
                body: csv, contentType: "text/csv")
            #expect(with.status == .created)
        }
    }
}
