import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices

/// Until a user who signed in with a one-time password chooses a new one, their session may only read who they
/// are, sign out (or in again) and change the password. Pages send them to the change form (`WebController.page`);
/// every other request is refused here, before routing, with `password_change_required`. (API tokens are issued
/// by the operator or an administrator, not obtained with the password: `Store.principal(tokenHash:)`.)
enum PasswordChangeGate {
    /// The requests such a user may still make.
    static let allowed: Set<String> = [
        "GET /api/v1/me", "POST /api/v1/me/password", "GET /account/password", "POST /account/password",
        "GET /login", "POST /login", "POST /logout", "GET /static/oasis.css",
    ]

    static func check(_ request: Request, principal: Principal) throws(OasisError) {
        guard principal.kind == .user, principal.mustChangePassword else { return }
        let path = request.uri.path
        if allowed.contains("\(request.method) \(path)") { return }
        // A browser asking for a page is redirected to the change form by the page itself.
        if request.method == .get || request.method == .head, WebController.isWebPath(path), !ErrorResponder.wantsJSON(request) { return }
        throw OasisError.passwordChangeRequired
    }
}
