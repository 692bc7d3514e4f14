import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// The role × route matrix, read from the route tables: for every role and every route, what the edge decides
/// (allowed, 401, 403) must be what the role's documented permissions imply; and the router refuses exactly so.
@Suite("Role × route matrix: the edge decides each route's access from its table, as the documented roles imply")
struct RoleRouteMatrixTests {
    /// What each role may do, written from the documentation rather than read from `Role.permissions`:
    /// docs/api.md (the role table, and "Region reads are public"), docs/promotion.md ("Analysts (and administrators)
    /// write; supervisors read"), docs/api.md on layers (upload: analysts and administrators; download: analysts,
    /// supervisors and administrators), docs/ogc-api.md and docs/cases.md ("citizens submit; dispatchers dispatch …;
    /// unit handlers accept, return and report back on their own unit's cases; supervisors supervise and read").
    static let documented: [Role: Set<Permission>] = [
        .admin: Set(Permission.allCases),
        .analyst: [.readRegions, .readIndicators, .writeIndicators, .readAudit, .readProjects, .writeProjects, .readLayers, .writeLayers],
        .dispatcher: [.readRegions, .readCases, .dispatchCases],
        .unitHandler: [.readRegions, .readCases, .handleCases],
        .supervisor: [.readRegions, .readIndicators, .readCases, .superviseCases, .readAudit, .readProjects, .readLayers],
        .citizen: [.readRegions, .submitCases],
    ]

    /// What the documented permissions imply for a route; nil for nobody signed in.
    static func expected(_ access: RouteAccess, role: Role?) -> EdgeDecision {
        switch access {
        case .anyone: return .allowed
        case .signedIn: return role == nil ? .unauthenticated : .allowed
        case .permission(let permission):
            guard let role else { return permission == .readRegions ? .allowed : .unauthenticated }
            return documented[role, default: []].contains(permission) ? .allowed : .forbidden
        }
    }

    static func principal(_ role: Role?) -> Principal {
        guard let role else { return .anonymous }
        return Principal(kind: .user, userID: 1, username: role.rawValue, role: role, scope: .everything)
    }

    @Test("every role × every route: the edge's decision is what the role's documented permissions imply")
    func matrix() {
        #expect(Set(Self.documented.keys) == Set(Role.allCases), "every role of the core has its documented permissions here")
        let roles: [Role?] = [nil] + Role.allCases
        #expect(RouteCatalogue.all.count >= 99)
        for role in roles {
            for route in RouteCatalogue.all {
                let decision = route.access.decision(for: Self.principal(role))
                #expect(
                    decision == Self.expected(route.access, role: role),
                    "\(role?.rawValue ?? "anonymous") \(route.method) \(route.path): \(decision)")
            }
        }
        // The matrix is not trivial: every role is refused somewhere, and allowed somewhere beyond the public routes.
        for role in Role.allCases where role != .admin {
            #expect(RouteCatalogue.all.contains { Self.expected($0.access, role: role) == .forbidden }, "\(role)")
        }
        #expect(
            Role.allCases.allSatisfy { role in
                RouteCatalogue.all.contains { $0.access != .anyone && Self.expected($0.access, role: role) == .allowed }
            })
    }

    /// A request path for a route, its parameters filled in.
    static func concrete(_ route: RouteDescription) -> String {
        let values = [
            "id": "1", "code": "650000", "region": "650000", "layer": "facilities", "tokenId": "1", "resource": "discovery.json",
            "file": "x.json", "collectionId": "facilities", "featureId": "1",
        ]
        let segments = route.openAPIPath.split(separator: "/").map { segment -> String in
            guard segment.hasPrefix("{") else { return String(segment) }
            return values[String(segment.dropFirst().dropLast()), default: "1"]
        }
        return "/" + segments.joined(separator: "/")
    }

    @Test(
        "the router refuses each route the edge refuses, before the handler reads anything: 403 for a role, 401 (or the sign-in page) for nobody",
        arguments: TestStoreKind.available)
    func refusals(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            var tokens: [Role: String] = [.admin: app.adminToken, .analyst: app.analystToken]
            for role in Role.allCases where tokens[role] == nil {
                tokens[role] = try await ScopeAPITests.token(app, "matrix-\(role.rawValue)", role)
            }
            var refused = 0
            for role in [nil] + Role.allCases.map(Optional.some) {
                for route in RouteCatalogue.all {
                    let expected = Self.expected(route.access, role: role)
                    guard expected != .allowed else { continue }
                    refused += 1
                    // No body, no content type: a handler that ran first would answer 400 or 415 instead.
                    let response = try await app.request(route.method, Self.concrete(route), token: role.flatMap { tokens[$0] })
                    let name = "\(role?.rawValue ?? "anonymous") \(route.method) \(route.path)"
                    switch (expected, role == nil && route.isWebShell) {
                    case (.unauthenticated, true):
                        #expect(response.status == .seeOther, "\(name)")
                        #expect(response.headers[.location]?.hasPrefix("/login?next=") == true, "\(name)")
                    case (.unauthenticated, false):
                        #expect(response.status == .unauthorized, "\(name)")
                        #expect(try response.errorCode() == "unauthenticated", "\(name)")
                    default:
                        #expect(response.status == .forbidden, "\(name)")
                        #expect(try response.errorCode() == "forbidden", "\(name)")
                    }
                }
            }
            #expect(refused > 100)
        }
    }
}
