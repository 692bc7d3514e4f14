import OasisServices

/// What the edge knows about proxies for one request: the configured trusted proxies and public origin, and the
/// `X-Forwarded-For` values (kept only when some proxy is trusted, since they are ignored otherwise).
struct ClientForwarding: Sendable {
    var trustedProxies: [IPAddressRange] = []
    var publicBaseURL: String?
    var forwardedFor: [String] = []
}
