import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The password-change page and the users page with its disable and enable forms.
extension IdentityRoutes {
    func passwordPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context, allowPasswordChange: true) { context in
            pages.render(
                "password", title: catalogue.text("password_change_title", context.language), data: ["asksCurrent": !context.mustChangePassword],
                current: "", context: context)
        }
    }

    struct PasswordForm: Decodable {
        var current: String?
        var password: String?
        var repeatedPassword: String?
        var csrf: String?
        enum CodingKeys: String, CodingKey {
            case current
            case password
            case repeatedPassword = "repeat"
            case csrf
        }
    }

    func passwordForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(PasswordForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let password = form.password ?? ""
        // The forced change right after a one-time password sign-in does not ask for the current password (see
        // IdentityService.changePassword); every later change does.
        let asksCurrent = !context.mustChangePassword
        var state = FormState(secretFields: ["current", "password", "repeat"], fieldNames: ["currentPassword": "current"])
        if asksCurrent, (form.current ?? "").isEmpty { state.reject("current", "current_password_required") }
        if password != (form.repeatedPassword ?? "") { state.reject("repeat", "password_mismatch") }
        if !state.hasErrors {
            do {
                try await identity.changePassword(
                    userID: context.principal.userID!, to: password, current: asksCurrent ? form.current : nil, by: context.principal)
                return Response.redirect(to: "/", type: .found)
            } catch let error as OasisError where state.accepts(error) {
                state.reject(error, catalogue: catalogue)
            }
        }
        return pages.render(
            "password", title: catalogue.text("password_change_title", context.language), data: ["asksCurrent": asksCurrent], form: state,
            current: "", context: context)
    }

    func usersPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let language = context.language
            let rows: [[String: Any]] = try await users.list(for: context.principal.access(for: .manageUsers)).map { user in
                [
                    "username": user.username, "displayName": user.displayName,
                    "role": catalogue.text(user.role.messageKey, language),
                    "scope": user.scope.coversAllRegions && user.scope.coversAllUnits
                        ? catalogue.text("scope_all", language)
                        : (user.scope.regions.map(\.rawValue) + user.scope.units).joined(separator: ", "),
                    "id": String(user.id),
                    "status": catalogue.text(user.disabled ? "user_status_disabled" : "user_status_active", language),
                    "action": user.disabled ? "enable" : "disable",
                    "actionLabel": catalogue.text(user.disabled ? "user_enable" : "user_disable", language),
                    "roles": Role.allCases.map { role in
                        ["value": role.rawValue, "label": catalogue.text(role.messageKey, language), "selected": role == user.role] as [String: Any]
                    },
                    "regions": user.scope.regions.map(\.rawValue).joined(separator: ", "),
                    "units": user.scope.units.joined(separator: ", "),
                ]
            }
            return pages.render("users", title: catalogue.text("users_title", language), data: ["users": rows], current: "/users", context: context)
        }
    }

    func disableUserForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        _ = try await setDisabled(true, context)
        return Response.redirect(to: "/users", type: .found)
    }

    func enableUserForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        _ = try await setDisabled(false, context)
        return Response.redirect(to: "/users", type: .found)
    }
}
