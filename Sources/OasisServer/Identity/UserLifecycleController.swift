import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// An account's life after creation, for user managers within their scope: disable, enable, reset the password,
/// change role and scope, list and revoke tokens; and signing oneself out everywhere.
struct UserLifecycleController {
    struct UserChange: Decodable {
        var role: String?
        var scope: UserDTO.ScopeDTO?
    }

    struct PasswordReset: Encodable {
        var user: UserDTO
        var oneTimePassword: String
    }

    struct TokenDTO: Codable, Sendable {
        var id: Int64
        var userId: Int64
        var name: String
        var createdAt: Date
        var lastUsedAt: Date?
        var expiresAt: Date?
        var revoked: Bool

        init(_ token: ApiTokenSummary) {
            id = token.id
            userId = token.userID
            name = token.name
            createdAt = token.createdAt
            lastUsedAt = token.lastUsedAt
            expiresAt = token.expiresAt
            revoked = token.revoked
        }
    }

    struct SessionsEnded: Encodable {
        var sessionsEnded: Int
    }

    let identity: IdentityService
    /// Open311 `api_key`s this server remembers; forgotten after every change so that it applies at once.
    let apiKeys: APIKeyCache

    func register(on router: Router<OasisRequestContext>) {
        let users = identity.store.users
        for (path, disabled) in [("disable", true), ("enable", false)] {
            router.post(RouterPath("/api/v1/users/:id/\(path)")) { _, context in
                try UserController.requireSignedIn(context)
                let user = try await users.setDisabled(userID: try RequestParameters.id(context), disabled, by: context.principal)
                apiKeys.forgetAll()
                return try JSONResponse.encode(UserDTO(user))
            }
        }
        router.post("/api/v1/users/:id/password-reset") { _, context in
            try UserController.requireSignedIn(context)
            let reset = try await identity.resetPassword(userID: try RequestParameters.id(context), by: context.principal)
            return try JSONResponse.encode(PasswordReset(user: UserDTO(reset.user), oneTimePassword: reset.oneTimePassword))
        }
        router.patch("/api/v1/users/:id") { request, context in
            try UserController.requireSignedIn(context)
            let id = try RequestParameters.id(context)
            let input = try await JSONResponse.decode(UserChange.self, from: request, context: context)
            guard input.role != nil || input.scope != nil else {
                throw OasisError.invalid(code: "nothing_to_change", message: "Give a role, a scope or both.",
                                         details: [.init(field: "role", reason: "missing, as is scope")])
            }
            let role = try input.role.map { text throws(OasisError) in
                guard let role = Role(rawValue: text) else { throw RequestParameters.choiceError("role", text, Role.allCases.map(\.rawValue)) }
                return role
            }
            let user = try await users.update(userID: id, role: role, scope: try input.scope?.accessScope(), by: context.principal)
            apiKeys.forgetAll()
            return try JSONResponse.encode(UserDTO(user))
        }
        router.get("/api/v1/users/:id/tokens") { _, context in
            try UserController.requireSignedIn(context)
            let user = try await users.manageable(userID: try RequestParameters.id(context), by: context.principal)
            let tokens = try await identity.store.tokens.list(userID: user.id)
            return try JSONResponse.encode(ItemList(items: tokens.map(TokenDTO.init)))
        }
        router.delete("/api/v1/users/:id/tokens/:tokenId") { _, context in
            try UserController.requireSignedIn(context)
            let user = try await users.manageable(userID: try RequestParameters.id(context), by: context.principal)
            guard let tokenID = context.parameters.get("tokenId").flatMap(Int64.init) else {
                throw OasisError.invalid(code: "invalid_parameter", message: "The token id must be a whole number.",
                                         details: [.init(field: "tokenId", reason: "not a number")])
            }
            let token = try await identity.store.tokens.revoke(userID: user.id, tokenID: tokenID, by: context.principal)
            apiKeys.forgetAll()
            return try JSONResponse.encode(TokenDTO(token))
        }
        router.post("/api/v1/me/sessions/revoke-all") { _, context in
            try UserController.requireSignedIn(context)
            guard let id = context.principal.userID else { throw OasisError.unauthenticated }
            return try JSONResponse.encode(SessionsEnded(sessionsEnded: try await users.endSessions(userID: id, by: context.principal)))
        }
    }
}
