import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Identity: who am I, one's own password and sessions, users and their tokens for user managers (within their
/// scope), and the pages to change one's password and to manage users and their tokens.
struct IdentityRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/me", .api, .signedIn, allowsPasswordChange: true, Self.me),
        // The API's counterpart of /account/password: the one way on, besides /api/v1/me and signing out, for a
        // user who signed in with a one-time password.
        Route(.post, "/api/v1/me/password", .api, .signedIn, allowsPasswordChange: true, Self.changeOwnPassword),
        Route(.post, "/api/v1/me/sessions/revoke-all", .api, .signedIn, Self.endOwnSessions),
        Route(.get, "/api/v1/users", .api, .permission(.manageUsers), Self.listUsers),
        Route(.post, "/api/v1/users", .api, .permission(.manageUsers), Self.createUser),
        // Users issue tokens for themselves; user managers for the users in their scope.
        Route(.post, "/api/v1/users/:id/tokens", .api, .signedIn, Self.issueToken),
        Route(.patch, "/api/v1/users/:id", .api, .permission(.manageUsers), Self.updateUser),
        Route(.post, "/api/v1/users/:id/disable", .api, .permission(.manageUsers), Self.disableUser),
        Route(.post, "/api/v1/users/:id/enable", .api, .permission(.manageUsers), Self.enableUser),
        Route(.post, "/api/v1/users/:id/password-reset", .api, .permission(.manageUsers), Self.resetPassword),
        Route(.get, "/api/v1/users/:id/tokens", .api, .permission(.manageUsers), Self.tokens),
        Route(.delete, "/api/v1/users/:id/tokens/:tokenId", .api, .permission(.manageUsers), Self.revokeToken),
        Route(.post, "/api/v1/users/:id/tokens/:tokenId/expire", .api, .permission(.manageUsers), Self.expireToken),
        Route(.post, "/api/v1/users/:id/sessions/revoke-all", .api, .permission(.manageUsers), Self.endUserSessions),
        Route(.get, "/account/password", .web, .signedIn, allowsPasswordChange: true, Self.passwordPage),
        Route(.post, "/account/password", .web, .signedIn, allowsPasswordChange: true, Self.passwordForm),
        Route(.get, "/users", .web, .permission(.manageUsers), Self.usersPage),
        Route(.post, "/users/:id/disable", .web, .permission(.manageUsers), Self.disableUserForm),
        Route(.post, "/users/:id/enable", .web, .permission(.manageUsers), Self.enableUserForm),
        Route(.post, "/users/:id/password-reset", .web, .permission(.manageUsers), Self.resetPasswordForm),
        Route(.post, "/users/:id/sessions/revoke-all", .web, .permission(.manageUsers), Self.endSessionsForm),
        Route(.post, "/users/:id/update", .web, .permission(.manageUsers), Self.updateUserForm),
        Route(.get, "/users/:id/tokens", .web, .permission(.manageUsers), Self.tokensPage),
        Route(.post, "/users/:id/tokens/:tokenId/revoke", .web, .permission(.manageUsers), Self.revokeTokenForm),
        Route(.post, "/users/:id/tokens/:tokenId/expire", .web, .permission(.manageUsers), Self.expireTokenForm),
    ]

    let identity: IdentityService
    /// Open311 `api_key`s this server remembers; forgotten after every change so that it applies at once.
    let apiKeys: APIKeyCache
    let pages: WebPages

    var users: UserRepository { identity.store.users }
    var catalogue: MessageCatalogue { pages.catalogue }
}
