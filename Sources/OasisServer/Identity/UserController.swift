import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Users and API tokens.
struct UserController {
    struct NewUser: Decodable {
        var username: String
        var displayName: String?
        var role: Role
        var password: String
        var scope: UserDTO.ScopeDTO?
    }

    struct NewPassword: Decodable {
        var password: String
    }

    struct NewToken: Decodable {
        var name: String
    }

    struct IssuedToken: Encodable {
        var id: Int64
        var name: String
        var token: String
    }

    let identity: IdentityService

    func register(on router: Router<OasisRequestContext>) {
        router.get("/api/v1/me") { _, context in
            guard let id = context.principal.userID, let user = try await identity.store.users.resolve(id: id) else {
                throw OasisError.unauthenticated
            }
            return try JSONResponse.encode(UserDTO(user))
        }
        // The API's counterpart of /account/password: the one way on, besides /api/v1/me and signing out, for a
        // user who signed in with a one-time password.
        router.post("/api/v1/me/password") { request, context in
            try Self.requireSignedIn(context)
            guard let id = context.principal.userID else { throw OasisError.unauthenticated }
            let input = try await JSONResponse.decode(NewPassword.self, from: request, context: context)
            try await identity.changePassword(userID: id, to: input.password, by: context.principal)
            guard let user = try await identity.store.users.resolve(id: id) else { throw OasisError.unauthenticated }
            return try JSONResponse.encode(UserDTO(user))
        }
        router.get("/api/v1/users") { _, context in
            try Self.requireSignedIn(context)
            let users = try await identity.store.users.list(for: context.principal)
            return try JSONResponse.encode(ItemList(items: users.map(UserDTO.init)))
        }
        router.post("/api/v1/users") { request, context in
            try Self.requireSignedIn(context)
            let input = try await JSONResponse.decode(NewUser.self, from: request, context: context)
            let user = try await identity.createUser(
                username: input.username, displayName: input.displayName, role: input.role,
                scope: try input.scope?.accessScope() ?? AccessScope(), password: input.password,
                by: context.principal
            )
            return try JSONResponse.encode(UserDTO(user), status: .created)
        }
        router.post("/api/v1/users/:id/tokens") { request, context in
            try Self.requireSignedIn(context)
            guard let id = context.parameters.get("id").flatMap(Int64.init) else {
                throw OasisError.invalid(code: "invalid_parameter", message: "The user id must be a whole number.", details: [.init(field: "id", reason: "not a number")])
            }
            let input = try await JSONResponse.decode(NewToken.self, from: request, context: context)
            guard try await identity.store.users.get(id: id, for: context.principal) != nil else {
                throw OasisError.notFound("User", String(id))
            }
            let issued = try await identity.issueToken(for: id, name: input.name, by: context.principal)
            return try JSONResponse.encode(IssuedToken(id: issued.id, name: input.name, token: issued.token), status: .created)
        }
    }

    static func requireSignedIn(_ context: OasisRequestContext) throws(OasisError) {
        guard context.principal.kind == .user else { throw OasisError.unauthenticated }
    }
}
