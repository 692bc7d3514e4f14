import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The caller's own account: who they are, their password, their sessions, and the users a manager creates.
extension IdentityRoutes {
    func me(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<UserDTO> {
        guard let id = context.principal.userID, let user = try await users.resolve(id: id) else { throw OasisError.unauthenticated }
        return JSONBody(UserDTO(user))
    }

    func changeOwnPassword(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<UserDTO> {
        guard let id = context.principal.userID else { throw OasisError.unauthenticated }
        let input = try await JSONResponse.decode(NewPassword.self, from: request, context: context)
        try await identity.changePassword(userID: id, to: input.password, current: input.currentPassword, by: context.principal)
        guard let user = try await users.resolve(id: id) else { throw OasisError.unauthenticated }
        return JSONBody(UserDTO(user))
    }

    func endOwnSessions(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<SessionsEnded> {
        guard let id = context.principal.userID else { throw OasisError.unauthenticated }
        return JSONBody(SessionsEnded(sessionsEnded: try await users.endSessions(userID: id, by: context.principal.access(toAccountOf: id))))
    }

    func listUsers(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<UserDTO>> {
        JSONBody(ItemList(items: try await users.list(for: context.principal.access(for: .manageUsers)).map(UserDTO.init)))
    }

    func createUser(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<UserDTO> {
        let input = try await JSONResponse.decode(NewUser.self, from: request, context: context)
        let user = try await identity.createUser(
            username: input.username, displayName: input.displayName, role: input.role,
            scope: try input.scope?.accessScope() ?? AccessScope(), password: input.password,
            by: context.principal
        )
        return JSONBody(UserDTO(user), status: .created)
    }

    func issueToken(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<IssuedToken> {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "The user id must be a whole number.", details: [.init(field: "id", reason: "not a number")])
        }
        let input = try await JSONResponse.decode(NewToken.self, from: request, context: context)
        guard try await users.get(id: id, for: context.principal.access(toAccountOf: id)) != nil else {
            throw OasisError.notFound("User", String(id))
        }
        let issued = try await identity.issueToken(for: id, name: input.name, lifetimeDays: input.expiresInDays, by: context.principal)
        return JSONBody(IssuedToken(id: issued.id, name: input.name, token: issued.token, expiresAt: issued.expiresAt), status: .created)
    }
}
