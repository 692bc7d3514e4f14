import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices

/// Until a user who signed in with a one-time password chooses a new one, their session may only read who they
/// are, sign out (or in again) and change the password. Pages send them to the change form (`WebPages.page`);
/// every other request is refused here, before routing, with `password_change_required`. (API tokens are issued
/// by the operator or an administrator, not obtained with the password: `Store.principal(tokenHash:)`.)
enum PasswordChangeGate {
    static func check(_ request: Request, principal: Principal) throws(OasisError) {
        guard principal.kind == .user, principal.mustChangePassword else { return }
        let path = request.uri.path
        if RouteCatalogue.passwordChangeRequests.contains("\(request.method) \(path)") { return }
        // A browser asking for a page is redirected to the change form by the page itself.
        if request.method == .get || request.method == .head, RouteCatalogue.isWebPath(path), !ErrorResponder.wantsJSON(request) { return }
        throw OasisError.passwordChangeRequired
    }
}
