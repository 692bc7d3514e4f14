import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The users page's other forms (reset a password, sign a user out, change role and scope) and a user's tokens
/// page (expire or revoke a token): the same repository calls as the API, in the manager's scope, audited.
extension IdentityRoutes {
    func resetPasswordForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        let reset = try await identity.resetPassword(userID: try RequestParameters.id(context), by: context.principal)
        return try await pages.page(context) { context in
            pages.render(
                "user-password", title: pages.text("user_one_time_password_title", context),
                data: [
                    "password": reset.oneTimePassword,
                    "hint": pages.text("user_one_time_password_hint", context, arguments: [reset.user.username]),
                ], current: "/users", context: context)
        }
    }

    func endSessionsForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        let access = try context.principal.access(for: .manageUsers)
        let user = try await users.manageable(userID: try RequestParameters.id(context), by: access)
        _ = try await users.endSessions(userID: user.id, by: access)
        return Response.redirect(to: "/users", type: .found)
    }

    struct UserChangeForm: Decodable {
        var role: String?
        var regions: String?
        var units: String?
        var csrf: String?
    }

    func updateUserForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(UserChangeForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let role = try form.role.map { text throws(OasisError) in
            guard let role = Role(rawValue: text) else { throw RequestParameters.choiceError("role", text, Role.allCases.map(\.rawValue)) }
            return role
        }
        // Lists are comma-separated (ASCII or full-width); unit names may hold spaces, region codes do not.
        func list(_ text: String?) -> [String] {
            (text ?? "").split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let scope = UserDTO.ScopeDTO(regions: list(form.regions), units: list(form.units))
        _ = try await users.update(
            userID: try RequestParameters.id(context), role: role, scope: try scope.accessScope(), by: context.principal.access(for: .manageUsers))
        apiKeys.forgetAll()
        return Response.redirect(to: "/users", type: .found)
    }

    func tokensPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let user = try await users.manageable(userID: try RequestParameters.id(context), by: context.principal.access(for: .manageUsers))
        let now = identity.store.clock.now()
        return try await pages.page(context) { context in
            let never = pages.text("token_never", context)
            let rows: [[String: Any]] = try await identity.store.tokens.list(userID: user.id).map { token in
                let view = APITokenView(token, now: now)
                return [
                    "id": String(token.id), "userId": String(user.id), "name": token.name, "created": NumberFormat.chinaTime(token.createdAt),
                    "lastUsed": token.lastUsedAt.map(NumberFormat.chinaTime) ?? never,
                    "expires": token.expiresAt.map(NumberFormat.chinaTime) ?? never,
                    "status": pages.text("token_status_" + view.status, context), "live": view.status == "active",
                ]
            }
            return pages.render(
                "user-tokens", title: pages.text("tokens_title", context, arguments: [user.username]),
                data: [
                    "tokens": rows, "hasTokens": !rows.isEmpty,
                    // The username is the user's own word: marked so (translate="no") inside the heading.
                    "title": HTML.escape(pages.text("tokens_title", context, arguments: ["\u{E000}"]))
                        .replacingOccurrences(of: "\u{E000}", with: "<bdi translate=\"no\">" + HTML.escape(user.username) + "</bdi>"),
                ],
                current: "/users", context: context)
        }
    }

    func revokeTokenForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        let token = try await revokeToken(request, context).value
        return Response.redirect(to: "/users/\(token.userId)/tokens", type: .found)
    }

    func expireTokenForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        let token = try await expireToken(request, context).value
        return Response.redirect(to: "/users/\(token.userId)/tokens", type: .found)
    }
}
