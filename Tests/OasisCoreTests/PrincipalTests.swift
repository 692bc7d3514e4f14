import OasisCore
import Testing

@Suite("Roles and permissions")
struct PrincipalTests {
    @Test("only administrators manage users")
    func manageUsers() {
        for role in Role.allCases {
            #expect(role.can(.manageUsers) == (role == .admin), "\(role)")
        }
    }

    @Test("nobody signed in may only read regions, and is told to sign in otherwise")
    func anonymous() {
        #expect(Principal.anonymous.can(.readRegions))
        #expect(!Principal.anonymous.can(.readAudit))
        #expect(throws: OasisError.unauthenticated) { try Principal.anonymous.require(.readAudit) }
    }

    @Test("a signed-in user without the permission is forbidden, not unauthenticated")
    func forbidden() {
        let user = Principal(kind: .user, userID: 7, username: "ana", role: .analyst, scope: .everything)
        #expect {
            try user.require(.manageUsers)
        } throws: { ($0 as? OasisError)?.kind == .forbidden }
    }

    @Test("usernames and passwords are validated")
    func validation() {
        #expect(throws: Never.self) { try User.validateUsername("dispatcher.01") }
        #expect(throws: OasisError.self) { try User.validateUsername("a") }
        #expect(throws: OasisError.self) { try User.validateUsername("bad name") }
        #expect(throws: OasisError.self) { try User.validateUsername("-start") }
        #expect(throws: OasisError.self) { try User.validatePassword("short") }
        #expect(throws: Never.self) { try User.validatePassword("long-enough-1") }
    }
}
