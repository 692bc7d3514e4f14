import OasisCore
import Testing

@Suite("Store access: asked for once, by permission, as the edge decides")
struct StoreAccessTests {
    /// The role table of docs/api.md, written out by hand.
    static let documented: [Role: Set<Permission>] = [
        .admin: Set(Permission.allCases),
        .analyst: [.readRegions, .readIndicators, .writeIndicators, .readProjects, .writeProjects, .readLayers, .writeLayers, .readAudit],
        .dispatcher: [.readRegions, .readCases, .dispatchCases],
        .unitHandler: [.readRegions, .readCases, .handleCases],
        .supervisor: [.readRegions, .readIndicators, .readCases, .readProjects, .readLayers, .superviseCases, .readAudit],
        .citizen: [.readRegions, .submitCases],
    ]

    static let kashgar = AccessScope(regions: [try! RegionCode("653100")], units: ["喀什市城管局"])

    static func user(_ role: Role, mustChangePassword: Bool = false) -> Principal {
        Principal(kind: .user, userID: 41, username: "ks.\(role.rawValue)", role: role, scope: kashgar, mustChangePassword: mustChangePassword)
    }

    @Test("every role × permission: the access of a held permission carries the actor and scope; any other is 403", arguments: Role.allCases)
    func everyRole(role: Role) throws {
        for permission in Permission.allCases {
            if Self.documented[role]?.contains(permission) == true {
                let access = try Self.user(role).access(for: permission)
                #expect(access.kind == .user && access.userID == 41 && access.username == "ks.\(role.rawValue)", "\(role) \(permission)")
                #expect(access.scope == Self.kashgar, "\(role) \(permission)")
            } else {
                #expect(throws: OasisError.forbidden("Your role does not include the permission \"\(permission.rawValue)\".")) {
                    try Self.user(role).access(for: permission)
                }
            }
        }
    }

    @Test("nobody signed in gets access to read regions only, and is told to sign in for anything else")
    func anonymous() throws {
        for permission in Permission.allCases where permission != .readRegions {
            #expect(throws: OasisError.unauthenticated) { try Principal.anonymous.access(for: permission) }
        }
        let access = try Principal.anonymous.access(for: .readRegions)
        #expect(access.kind == .anonymous && access.userID == nil && access.scope == .everything)
    }

    @Test("a user who must replace a one-time password gets no access, whatever the role")
    func passwordChange() {
        for role in Role.allCases {
            for permission in Permission.allCases {
                #expect(throws: OasisError.passwordChangeRequired) { try Self.user(role, mustChangePassword: true).access(for: permission) }
            }
        }
    }

    @Test("the system's access is everything, named system, and the same as StoreAccess.system")
    func system() throws {
        for permission in Permission.allCases { #expect(try Principal.system.access(for: permission) == StoreAccess.system) }
        #expect(StoreAccess.system.kind == .system && StoreAccess.system.username == "system" && StoreAccess.system.scope == .everything)
        #expect(StoreAccess.system.userID == nil)
    }

    @Test("one's own account needs no permission, even before the password change; another's needs manage_users")
    func ownAccount() throws {
        let citizen = Self.user(.citizen, mustChangePassword: true)
        #expect(try citizen.access(toAccountOf: 41).userID == 41)
        #expect(throws: OasisError.passwordChangeRequired) { try citizen.access(toAccountOf: 42) }
        #expect(throws: OasisError.forbidden("Your role does not include the permission \"manage_users\".")) {
            try Self.user(.analyst).access(toAccountOf: 42)
        }
        #expect(try Self.user(.admin).access(toAccountOf: 42).username == "ks.admin")
        #expect(throws: OasisError.unauthenticated) { try Principal.anonymous.access(toAccountOf: 42) }
    }
}
