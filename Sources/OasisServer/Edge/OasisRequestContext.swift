import Hummingbird
import Logging
import NIOCore
import OasisCore
import OasisServices

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
    /// The request's query as sent (percent-encoded), for links to the same page in another language.
    public var query = ""
    var uploadLimit = 16 * 1024 * 1024
    /// The connection, for its peer address: read only by the few handlers that need the client (sign-in,
    /// intake, links behind a proxy), not formatted on every request.
    private let channel: any Channel
    /// The proxy settings and the forwarded-for header, set at the edge.
    var forwarding = ClientForwarding()
    /// Who the request log names when a handler learns it later than the edge (Open311's api_key in the body).
    let logNote = RequestLogNote()

    public init(source: Source) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// The socket peer's address (nil for test clients without a socket).
    public var peerAddress: String? { channel.remoteAddress?.ipAddress }

    /// The client as throttles and rate limits know it: the peer, or the address a trusted proxy forwarded.
    public var clientAddress: String {
        ClientAddress.resolve(peer: peerAddress, forwardedFor: forwarding.forwardedFor, trustedProxies: forwarding.trustedProxies)
    }

    /// Whether the socket peer is a configured trusted proxy (whose `X-Forwarded-*` headers are believed).
    public var peerIsTrustedProxy: Bool {
        guard !forwarding.trustedProxies.isEmpty, let peer = peerAddress else { return false }
        return ClientAddress.isTrusted(peer, forwarding.trustedProxies)
    }

    /// The configured public origin for absolute links, if any.
    public var publicBaseURL: String? { forwarding.publicBaseURL }

    public var maxUploadSize: Int { uploadLimit }
}
