import Foundation
import OasisCore
import OasisStore

/// The request and answer bodies of the identity routes.
extension IdentityRoutes {
    struct NewUser: Decodable {
        var username: String
        var displayName: String?
        var role: Role
        var password: String
        var scope: UserDTO.ScopeDTO?
    }

    struct NewPassword: Decodable {
        var password: String
        /// Required except in the forced change right after signing in with a one-time password.
        var currentPassword: String?
    }

    struct NewToken: Decodable {
        var name: String
        var expiresInDays: Int?
    }

    struct IssuedToken: Encodable {
        var id: Int64
        var name: String
        var token: String
        var expiresAt: Date
    }

    struct UserChange: Decodable {
        var role: String?
        var scope: UserDTO.ScopeDTO?
    }

    struct PasswordReset: Encodable {
        var user: UserDTO
        var oneTimePassword: String
    }

    struct SessionsEnded: Encodable {
        var sessionsEnded: Int
    }
}
