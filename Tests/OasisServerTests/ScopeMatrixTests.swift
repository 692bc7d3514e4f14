import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// The scope half of the authorisation matrix, generated from the route tables: every role, scoped to Urumqi
/// (650100) and, for unit handlers, to one unit, reads every route its role may read; what belongs to Kashgar
/// (653100) or to another unit never appears in any answer, a case or project of theirs asked for by id is refused,
/// and its own are served.
@Suite("Scope matrix: every role × every readable route × own region, other region and other unit: 0 leaks")
struct ScopeMatrixTests {
    /// Texts that only the other region's records, or the other unit's case, carry.
    static let otherRegionMarks = ["SCOPE-MARK-KASHGAR", "OTH-2025-77"]
    static let otherUnitMark = "SCOPE-MARK-OTHER-UNIT"

    struct Records {
        var ownCase: Int64
        var otherRegionCase: Int64
        var otherUnitCase: Int64
        var ownProject: Int
        var otherProject: Int
    }

    /// A case in Urumqi held by UNIT-OWN, one in Urumqi held by UNIT-OTHER, one in Kashgar; a project in each region.
    static func records(_ app: Harness) async throws -> Records {
        try await app.store.cases.setRoutingRule(category: "C0601", region: "650100", unit: "UNIT-OWN", by: .system)
        try await app.store.cases.setRoutingRule(category: "C0101", region: "650100", unit: "UNIT-OTHER", by: .system)
        try await app.store.cases.setRoutingRule(category: "C0601", region: "653100", unit: "UNIT-KASHGAR", by: .system)
        let cases = CaseService(store: app.store)
        func file(_ category: String, _ region: String, _ text: String) async throws -> Int64 {
            try await cases.submit(CaseInput(requestType: "RT03", category: category, description: text, region: region), channel: "api", by: .system)
                .id
        }
        let ownCase = try await file("C0601", "650102", "SCOPE-MARK-OWN")
        let otherUnitCase = try await file("C0101", "650102", otherUnitMark)
        let otherRegionCase = try await file("C0601", "653101", "SCOPE-MARK-KASHGAR")
        func project(_ code: String, _ region: String) async throws -> Int {
            let created = try await app.request(
                .post, "/api/v1/projects", token: app.adminToken, json: PromotionAPITests.projectJSON(code, region: region))
            return try #require(((try created.json()["items"] as? [[String: Any]])?.first?["project"] as? [String: Any])?["id"] as? Int)
        }
        return Records(
            ownCase: ownCase, otherRegionCase: otherRegionCase, otherUnitCase: otherUnitCase,
            ownProject: try await project("OWN-2025-77", "650102"), otherProject: try await project("OTH-2025-77", "653101"))
    }

    /// The route's path with its parameters filled for a record of `cases`/`projects` (or Urumqi for a region).
    static func path(_ route: RouteDescription, caseID: Int64, projectID: Int, region: String = "650100") -> String {
        let isProject = route.path.contains("project")
        let segments = route.openAPIPath.split(separator: "/").map { segment -> String in
            guard segment.hasPrefix("{") else { return String(segment) }
            switch segment.dropFirst().dropLast() {
            case "id": return route.path.contains("/cases") ? String(caseID) : isProject ? String(projectID) : "1"
            case "code", "region": return region
            case "layer", "collectionId": return "facilities"
            default: return "1"
            }
        }
        return "/" + segments.joined(separator: "/")
    }

    @Test(
        "own region, other region, other unit for every role and every route it may read", .timeLimit(.minutes(8)), arguments: TestStoreKind.available
    )
    func noLeaks(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let records = try await Self.records(app)
            var checked = 0
            var leaks: [String] = []
            for role in Role.allCases {
                let units = role == .unitHandler ? ["UNIT-OWN"] : []
                let token = try await ScopeAPITests.token(app, "scope-\(role.rawValue)", role, regions: ["650100"], units: units)
                let hidden = Self.otherRegionMarks + (role == .unitHandler ? [Self.otherUnitMark] : [])
                // The live stream never ends by itself; its scope is checked in LifelineLiveTests.
                let readable = RouteCatalogue.all.filter {
                    $0.method == .get && $0.access != .anyone && RoleRouteMatrixTests.expected($0.access, role: role) == .allowed
                        && $0.path != "/api/v1/lifeline/events"
                }
                for route in readable {
                    let own = Self.path(route, caseID: records.ownCase, projectID: records.ownProject)
                    let answer = try await app.request(.get, own, token: token)
                    checked += 1
                    if answer.status.code >= 500 { leaks.append("\(role) \(own): \(answer.status.code)") }
                    if let mark = hidden.first(where: { answer.text.contains($0) }) { leaks.append("\(role) \(own) shows \(mark)") }
                    // A region of its own is served; another region is refused.
                    if route.openAPIPath.contains("{code}") || route.openAPIPath.contains("{region}") {
                        if answer.status != .ok { leaks.append("\(role) \(own): own region refused with \(answer.status.code)") }
                        let other = Self.path(route, caseID: records.ownCase, projectID: records.ownProject, region: "653100")
                        let refused = try await app.request(.get, other, token: token)
                        checked += 1
                        if ![.notFound, .forbidden].contains(refused.status) {
                            leaks.append("\(role) \(other): \(refused.status.code), not refused")
                        }
                    }
                    let byRecord = route.openAPIPath.contains("{id}") && (route.path.contains("/cases") || route.path.contains("project"))
                    guard byRecord else { continue }
                    // Its own record is served (a unit handler's own case, a project of its region).
                    if answer.status != .ok { leaks.append("\(role) \(own): own record refused with \(answer.status.code)") }
                    var others = [Self.path(route, caseID: records.otherRegionCase, projectID: records.otherProject)]
                    if role == .unitHandler && route.path.contains("/cases") {
                        others.append(Self.path(route, caseID: records.otherUnitCase, projectID: records.otherProject))
                    }
                    for other in others {
                        let refused = try await app.request(.get, other, token: token)
                        checked += 1
                        if ![.notFound, .forbidden].contains(refused.status) {
                            leaks.append("\(role) \(other): \(refused.status.code), not refused")
                        }
                        if let mark = hidden.first(where: { refused.text.contains($0) }) { leaks.append("\(role) \(other) shows \(mark)") }
                    }
                }
            }
            #expect(leaks.isEmpty, "\(leaks.count) leaks: \(leaks.prefix(10).joined(separator: "; "))")
            // Every role reads something, and the record routes were all tried: hand-counted lower bound.
            #expect(checked >= 60, "\(checked) requests")
            // The marks are really there for someone whose scope covers them.
            let all = try await app.request(.get, "/api/v1/cases/\(records.otherRegionCase)", token: app.adminToken)
            #expect(all.text.contains("SCOPE-MARK-KASHGAR"))
            let projects = try await app.request(.get, "/api/v1/projects", token: app.adminToken)
            #expect(projects.text.contains("OTH-2025-77"))
        }
    }
}
