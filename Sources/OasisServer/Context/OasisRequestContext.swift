import Hummingbird
import Logging
import OasisCore

/// Per-request state: who is asking, in which language, and the request's size limit.
public struct OasisRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var principal: Principal = .anonymous
    public var language: Language = .default
    /// The SHA-256 of the session cookie, when the request came with a live session.
    public var sessionTokenHash: String?
    /// The CSRF token bound to this browser (double-submit cookie).
    public var csrfToken: String?
    /// Whether the user signed in with a one-time password that must be replaced.
    public var mustChangePassword = false
    var uploadLimit = 16 * 1024 * 1024

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { uploadLimit }
}
