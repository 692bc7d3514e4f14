import OasisCore
import OasisServices

/// Who is at the other end of a request, for throttles and rate limits. The peer's own address, unless the
/// peer is a configured trusted proxy: then the nearest address in `X-Forwarded-For` that is not itself a
/// trusted proxy (read right to left, since a client can write anything on the left of the list). A header
/// from anyone else is ignored, so rotating it changes nothing.
public enum ClientAddress {
    /// The key used when the peer is unknown (a test client without a socket).
    public static let unknown = "unknown"

    public static func resolve(peer: String?, forwardedFor: [String], trustedProxies: [IPAddressRange]) -> String {
        guard let peer, !peer.isEmpty else { return unknown }
        guard isTrusted(peer, trustedProxies) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !isTrusted(hop, trustedProxies) {
            // Only an address counts; a proxy that passes on garbage is answered as itself.
            return IPAddressRange.parse(hop) == nil ? peer : hop
        }
        return hops.first ?? peer
    }

    public static func isTrusted(_ address: String, _ proxies: [IPAddressRange]) -> Bool {
        proxies.contains { $0.contains(address) }
    }
}
