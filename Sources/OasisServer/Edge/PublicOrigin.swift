import HTTPTypes
import Hummingbird
import OasisServices

/// `scheme://host[:port]` for absolute links: the configured `publicBaseURL`; else the forwarded host and
/// scheme when a trusted proxy sent them; else the request's own Host. A client talking to Oasis directly
/// cannot make it write links to another host by sending `X-Forwarded-Host`.
enum PublicOrigin {
    static func of(_ request: Request, _ context: OasisRequestContext) -> String {
        if let configured = context.publicBaseURL { return configured }
        let forwarded = context.peerIsTrustedProxy
        let host = (forwarded ? request.headers[values: .xForwardedHost].first : nil) ?? request.head.authority ?? "127.0.0.1"
        let scheme = (forwarded ? request.headers[values: .xForwardedProto].first : nil) ?? "http"
        return "\(scheme)://\(host)"
    }
}

extension HTTPField.Name {
    static let xForwardedHost = HTTPField.Name("X-Forwarded-Host")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}
