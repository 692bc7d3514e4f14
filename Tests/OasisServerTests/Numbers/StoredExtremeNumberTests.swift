import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Issue 12, item 1: a stored number past `Int`'s range (1e19, 9.3e18) crashed the server on every page and
/// report that showed it, again after every restart. These figures are stored behind the validators' back (as
/// an older Oasis let them in) and every reader must still answer, showing the figure in full.
@Suite("Readers of stored extreme numbers: pages and reports answer and show the figure")
struct StoredExtremeNumberTests {
    @Test(
        "projects with budgets and investment of 1e19 and 9.3e18, and a shelter of 1e19 m², render on every page and report",
        arguments: TestStoreKind.available)
    func readers(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let project = RenewalProject(
                code: "HUGE-1", nameZh: "巨额项目", nameEn: "Huge project", type: .oldNeighbourhoodRenovation, region: "650102",
                stage: .underConstruction, budget: [.fiscal: 1e19, .specialBonds: 9.3e18],
                plannedInvestment: [2026: 1e19], actualInvestment: [2026: 9.3e18], measures: [9])
            let saved = try await app.store.projects.save([project], by: .system)
            let id = try #require(saved.first?.after.id)
            let shelter = SpatialFeature(
                layer: .shelters, externalID: "HUGE", region: "650102", kind: "emergency", name: "巨型避难场所",
                geometry: .point(GeoPoint(longitude: 87.6, latitude: 43.8)), effectiveArea: 1e19, capacity: 9.3e18)
            try await app.store.spatialFeatures.insert(layer: .shelters, source: "test", [shelter], by: .system)

            let html: HTTPFields = [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"]
            // 1e19 + 9.3e18 = 19,300,000,000,000,000,000 (the budget total); 1e19 alone (the fiscal budget, the shelter).
            for path in ["/promotion", "/projects", "/projects/\(id)"] {
                let page = try await app.request(.get, path, headers: html)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains("19,300,000,000,000,000,000") || page.text.contains("10,000,000,000,000,000,000"), "\(path)")
            }
            let circles = try await app.request(.get, "/living-circles?region=650102", headers: html)
            #expect(circles.status == .ok)
            #expect(circles.text.contains("10,000,000,000,000,000,000"))
            let report = try await app.request(.get, "/api/v1/reports/progress?region=650100&year=2026", token: app.analystToken)
            #expect(report.status == .ok)
            #expect(report.text.contains("19,300,000,000,000,000,000"))
            let status = try await app.request(.get, "/api/v1/measures/status?region=650100", token: app.analystToken)
            #expect(status.status == .ok)
            let project9 = try await app.request(.get, "/api/v1/projects/\(id)", token: app.analystToken)
            #expect(project9.status == .ok)
        }
    }

    @Test("two stored budgets of 1e308 overflow their sum: the measure status and the pages still answer", arguments: TestStoreKind.available)
    func overflowingSums(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let projects = (1...2).map { index in
                RenewalProject(
                    code: "MAX-\(index)", nameZh: "项目 \(index)", nameEn: "Project \(index)", type: .oldNeighbourhoodRenovation,
                    region: "650102", stage: .underConstruction, budget: [.fiscal: 1e308], measures: [9])
            }
            _ = try await app.store.projects.save(projects, by: .system)
            let status = try await app.request(.get, "/api/v1/measures/status?region=650100", token: app.analystToken)
            #expect(status.status == .ok)
            // 1e308 + 1e308 exceeds the largest double (about 1.8e308): the sum is reported as "Infinity", not a 500.
            #expect(status.text.contains("\"Infinity\""))
            let page = try await app.request(.get, "/promotion", headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
            #expect(page.status == .ok)
        }
    }
}
