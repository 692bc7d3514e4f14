import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The users page's actions: disable and enable a user (forms with the page's CSRF token), as over the API.
struct UserWebController {
    let web: WebController
    /// Open311 `api_key`s this server remembers; forgotten after every change so that it applies at once.
    let apiKeys: APIKeyCache

    func register(on router: Router<OasisRequestContext>) {
        for (path, disabled) in [("disable", true), ("enable", false)] {
            router.post(RouterPath("/users/:id/\(path)")) { request, context in
                try web.requireUser(context)
                try await web.checkCSRF(request, context)
                _ = try await web.store.users.setDisabled(userID: try RequestParameters.id(context), disabled, by: context.principal)
                apiKeys.forgetAll()
                return Response.redirect(to: "/users", type: .found)
            }
        }
    }
}
