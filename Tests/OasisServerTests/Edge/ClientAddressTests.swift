import OasisServer
import OasisServices
import Testing

@Suite("Client addresses: X-Forwarded-For believed only from configured proxies")
struct ClientAddressTests {
    let proxies = ["10.0.0.0/8", "::1", "fd00::/8"].compactMap(IPAddressRange.init)

    @Test("address blocks match by prefix, IPv4-mapped IPv6 reads as IPv4, bad text is refused")
    func ranges() throws {
        let block = try #require(IPAddressRange("10.1.0.0/16"))
        #expect(block.contains("10.1.255.7"))
        #expect(!block.contains("10.2.0.1"))
        #expect(block.contains("::ffff:10.1.0.9"))
        #expect(!block.contains("not-an-address"))
        let single = try #require(IPAddressRange("192.0.2.10"))
        #expect(single.contains("192.0.2.10") && !single.contains("192.0.2.11"))
        let v6 = try #require(IPAddressRange("2001:db8::/32"))
        #expect(v6.contains("2001:db8:1::5") && !v6.contains("2001:db9::1"))
        #expect(IPAddressRange("10.0.0.0/33") == nil)
        #expect(IPAddressRange("10.0.0") == nil)
        #expect(IPAddressRange("") == nil)
    }

    @Test("a peer that is not a trusted proxy is the client, whatever header it sends")
    func untrustedPeer() {
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"], trustedProxies: proxies) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"], trustedProxies: []) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["198.51.100.1"], trustedProxies: proxies) == ClientAddress.unknown)
    }

    @Test("behind trusted proxies the client is the nearest untrusted hop, read from the right")
    func trustedChain() {
        // The client wrote a fake first entry; the proxy appended the address it saw.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["1.2.3.4, 198.51.100.7"], trustedProxies: proxies) == "198.51.100.7")
        // Two proxies in a row, over two header lines.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["198.51.100.7", "10.0.0.6"], trustedProxies: proxies) == "198.51.100.7")
        // A trusted proxy without the header is the client itself.
        #expect(ClientAddress.resolve(peer: "::1", forwardedFor: [], trustedProxies: proxies) == "::1")
        // Garbage from the proxy is not an address: the proxy is named instead.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["evil"], trustedProxies: proxies) == "10.0.0.5")
    }
}
