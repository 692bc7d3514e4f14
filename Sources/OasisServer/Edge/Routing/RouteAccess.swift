import OasisCore
import OasisServices

/// What a route needs of the caller, declared in its route table and checked once, at the edge, before the
/// handler runs. Which records the caller may reach (regions, units) is decided by the services and stores.
public enum RouteAccess: Sendable, Hashable {
    /// Anyone, signed in or not (a handler may still decide by the data, as OGC does for its collections).
    case anyone
    /// Any signed-in user or API token.
    case signedIn
    /// A signed-in user or token whose role holds the permission.
    case permission(Permission)

    /// The decision for a principal.
    public func decision(for principal: Principal) -> EdgeDecision {
        switch self {
        case .anyone: .allowed
        case .signedIn: principal.kind == .user ? .allowed : .unauthenticated
        case .permission(let permission):
            principal.can(permission) ? .allowed : principal.kind == .anonymous ? .unauthenticated : .forbidden
        }
    }

    /// Throws the error the decision stands for: `unauthenticated`, or `forbidden` (`password_change_required`
    /// for a user who must first replace a one-time password).
    func check(_ principal: Principal) throws(OasisError) {
        switch self {
        case .anyone: return
        case .signedIn: guard principal.kind == .user else { throw OasisError.unauthenticated }
        case .permission(let permission): try principal.require(permission)
        }
    }
}
