import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// An account's life after creation, for user managers within their scope: disable, enable, reset the password,
/// change role and scope, list and revoke tokens.
extension IdentityRoutes {
    func disableUser(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<UserDTO> {
        JSONBody(UserDTO(try await setDisabled(true, context)))
    }

    func enableUser(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<UserDTO> {
        JSONBody(UserDTO(try await setDisabled(false, context)))
    }

    func setDisabled(_ disabled: Bool, _ context: OasisRequestContext) async throws -> User {
        let user = try await users.setDisabled(userID: try RequestParameters.id(context), disabled, by: context.principal.access(for: .manageUsers))
        apiKeys.forgetAll()
        return user
    }

    func resetPassword(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<PasswordReset> {
        let reset = try await identity.resetPassword(userID: try RequestParameters.id(context), by: context.principal)
        return JSONBody(PasswordReset(user: UserDTO(reset.user), oneTimePassword: reset.oneTimePassword))
    }

    func updateUser(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<UserDTO> {
        let id = try RequestParameters.id(context)
        let input = try await JSONResponse.decode(UserChange.self, from: request, context: context)
        guard input.role != nil || input.scope != nil else {
            throw OasisError.invalid(
                code: "nothing_to_change", message: "Give a role, a scope or both.",
                details: [.init(field: "role", reason: "missing, as is scope")])
        }
        let role = try input.role.map { text throws(OasisError) in
            guard let role = Role(rawValue: text) else { throw RequestParameters.choiceError("role", text, Role.allCases.map(\.rawValue)) }
            return role
        }
        let user = try await users.update(
            userID: id, role: role, scope: try input.scope?.accessScope(), by: context.principal.access(for: .manageUsers))
        apiKeys.forgetAll()
        return JSONBody(UserDTO(user))
    }

    func tokens(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<APITokenView>> {
        let user = try await users.manageable(userID: try RequestParameters.id(context), by: context.principal.access(for: .manageUsers))
        return JSONBody(ItemList(items: try await identity.store.tokens.list(userID: user.id).map { APITokenView($0) }))
    }

    func revokeToken(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<APITokenView> {
        let access = try context.principal.access(for: .manageUsers)
        let user = try await users.manageable(userID: try RequestParameters.id(context), by: access)
        let token = try await identity.store.tokens.revoke(userID: user.id, tokenID: try RequestParameters.tokenID(context), by: access)
        apiKeys.forgetAll()
        return JSONBody(APITokenView(token))
    }

    func expireToken(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<APITokenView> {
        let access = try context.principal.access(for: .manageUsers)
        let user = try await users.manageable(userID: try RequestParameters.id(context), by: access)
        let token = try await identity.store.tokens.expire(
            userID: user.id, tokenID: try RequestParameters.tokenID(context), at: identity.store.clock.now(), by: access)
        apiKeys.forgetAll()
        return JSONBody(APITokenView(token, now: identity.store.clock.now()))
    }

    func endUserSessions(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<SessionsEnded> {
        let access = try context.principal.access(for: .manageUsers)
        let user = try await users.manageable(userID: try RequestParameters.id(context), by: access)
        return JSONBody(SessionsEnded(sessionsEnded: try await users.endSessions(userID: user.id, by: access)))
    }
}
