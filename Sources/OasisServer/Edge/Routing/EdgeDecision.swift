/// What the edge decides about a request before its handler runs.
public enum EdgeDecision: String, Sendable, Hashable {
    /// The handler runs (it may still refuse on scope: regions, units, records).
    case allowed
    /// 401 for the API; the sign-in page for a browser.
    case unauthenticated
    /// 403: signed in, but the role lacks the permission.
    case forbidden
}
