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
    /// The socket peer's address (nil for test clients without a socket).
    public let peerAddress: String?
    /// The client as throttles and rate limits know it: the peer, or the address a trusted proxy forwarded.
    public var clientAddress = ClientAddress.unknown
    /// Whether the socket peer is a configured trusted proxy (whose `X-Forwarded-*` headers are believed).
    public var peerIsTrustedProxy = false
    /// The configured public origin for absolute links, if any.
    public var publicBaseURL: String?
    /// Who the request log names when a handler learns it later than the edge (Open311's api_key in the body).
    let logNote = RequestLogNote()

    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { uploadLimit }
}
