import NIOCore
import Testing

@testable import OasisServer

/// The packets byte for byte as MQTT 3.1.1 (OASIS Standard, 29 October 2014) lays them out, worked by hand from its
/// sections 2 and 3, both ways: encoded from values and decoded back.
@Suite("MQTT 3.1.1 codec: each packet's bytes, the remaining length, malformed input")
struct MQTTCodecTests {
    static func bytes(_ packet: MQTTPacket) -> [UInt8] {
        Array(packet.encoded.readableBytesView)
    }

    static func decode(_ bytes: [UInt8]) throws -> MQTTPacket? {
        var reader = MQTTFrameReader()
        reader.append(ByteBuffer(bytes: bytes))
        return try reader.next()
    }

    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Each packet, its bytes by hand, and the round trip.
    static let examples: [(MQTTPacket, [UInt8])] = [
        // CONNECT §3.1: "MQTT", level 4, flags user+password (0xC0, clean session off), keep-alive 30, id, user, password.
        (
            .connect(MQTTConnect(clientID: "c1", cleanSession: false, keepAlive: 30, username: "u", password: ascii("p"))),
            [0x10, 20, 0, 4] + ascii("MQTT") + [4, 0xC0, 0, 30, 0, 2] + ascii("c1") + [0, 1] + ascii("u") + [0, 1] + ascii("p")
        ),
        // Clean session on, no credentials: flags 0x02.
        (
            .connect(MQTTConnect(clientID: "x", cleanSession: true, keepAlive: 60, username: nil, password: nil)),
            [0x10, 13, 0, 4] + ascii("MQTT") + [4, 0x02, 0, 60, 0, 1] + ascii("x")
        ),
        // CONNACK §3.2: session present, accepted; then a refusal with return code 5.
        (.connack(MQTTConnAck(sessionPresent: true, returnCode: .accepted)), [0x20, 2, 1, 0]),
        (.connack(MQTTConnAck(sessionPresent: false, returnCode: .notAuthorized)), [0x20, 2, 0, 5]),
        // PUBLISH §3.3 QoS 1 (flags 0b0010), topic "a/b", packet id 10, payload "30".
        (
            .publish(MQTTPublish(topic: "a/b", payload: ByteBuffer(string: "30"), qos: 1, packetID: 10)),
            [0x32, 9, 0, 3] + ascii("a/b") + [0, 10] + ascii("30")
        ),
        // QoS 0 with RETAIN (flags 0b0001): no packet id.
        (.publish(MQTTPublish(topic: "t", payload: ByteBuffer(string: "1"), retain: true)), [0x31, 4, 0, 1] + ascii("t") + ascii("1")),
        // A redelivery: DUP (0b1000) with QoS 1.
        (
            .publish(MQTTPublish(topic: "t", payload: ByteBuffer(), qos: 1, packetID: 0x0102, duplicate: true)),
            [0x3A, 5, 0, 1] + ascii("t") + [1, 2]
        ),
        // PUBACK §3.4.
        (.puback(packetID: 10), [0x40, 2, 0, 10]),
        // SUBSCRIBE §3.8: reserved flags 0b0010, packet id 1, one filter with QoS 1.
        (
            .subscribe(MQTTSubscribe(packetID: 1, requests: [.init(filter: "oasis/lifeline/#", qos: 1)])),
            [0x82, 21, 0, 1, 0, 16] + ascii("oasis/lifeline/#") + [1]
        ),
        // SUBACK §3.9: granted QoS 1; a refusal 0x80.
        (.suback(MQTTSubAck(packetID: 1, returnCodes: [1])), [0x90, 3, 0, 1, 1]),
        (.suback(MQTTSubAck(packetID: 7, returnCodes: [0x80])), [0x90, 3, 0, 7, 0x80]),
        // PINGREQ, PINGRESP, DISCONNECT §3.12–3.14: two bytes each.
        (.pingreq, [0xC0, 0]),
        (.pingresp, [0xD0, 0]),
        (.disconnect, [0xE0, 0]),
    ]

    @Test("each packet encodes to the standard's bytes and decodes back", arguments: 0..<13)
    func roundTrip(index: Int) throws {
        let (packet, expected) = Self.examples[index]
        #expect(Self.bytes(packet) == expected)
        #expect(try Self.decode(expected) == packet)
    }

    /// Table 2.4 of the standard: the boundaries of one to four bytes.
    @Test(
        "remaining length at the boundaries of table 2.4",
        arguments: [
            (0, [0x00]), (127, [0x7F]), (128, [0x80, 0x01]), (16_383, [0xFF, 0x7F]), (16_384, [0x80, 0x80, 0x01]),
            (2_097_151, [0xFF, 0xFF, 0x7F]), (2_097_152, [0x80, 0x80, 0x80, 0x01]), (268_435_455, [0xFF, 0xFF, 0xFF, 0x7F]),
        ] as [(Int, [UInt8])])
    func remainingLength(length: Int, expected: [UInt8]) throws {
        var buffer = ByteBuffer()
        MQTTRemainingLength.encode(length, into: &buffer)
        #expect(Array(buffer.readableBytesView) == expected)
        let decoded = try MQTTRemainingLength.decode(ByteBuffer(bytes: expected), at: 0)
        #expect(decoded?.length == length)
        #expect(decoded?.size == expected.count)
        // One byte short: not yet known, not an error.
        #expect(try MQTTRemainingLength.decode(ByteBuffer(bytes: expected.dropLast()), at: 0) == nil)
    }

    @Test("a PUBLISH of 127, 128, 16383 and 16384 body bytes carries its length in 1, 2, 2 and 3 bytes")
    func publishAtLengthBoundaries() throws {
        for (bodyLength, lengthBytes) in [(127, 1), (128, 2), (16_383, 2), (16_384, 3)] {
            // Body: topic (2 + 1 bytes) + packet id (2) + payload.
            let payload = ByteBuffer(repeating: UInt8(ascii: "7"), count: bodyLength - 5)
            let packet = MQTTPacket.publish(MQTTPublish(topic: "t", payload: payload, qos: 1, packetID: 3))
            let bytes = Self.bytes(packet)
            #expect(bytes.count == 1 + lengthBytes + bodyLength, "body \(bodyLength)")
            #expect(try Self.decode(bytes) == packet)
        }
    }

    static let malformed: [(String, [UInt8])] = [
        ("a fifth remaining-length byte", [0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]),
        ("PUBLISH with QoS 3", [0x36, 5, 0, 1] + ascii("t") + [0, 1]),
        ("DUP on QoS 0", [0x38, 4, 0, 1] + ascii("t") + ascii("1")),
        ("PUBLISH's topic longer than the packet", [0x30, 4, 0, 9] + ascii("ab")),
        ("a topic that is not UTF-8", [0x30, 4, 0, 2, 0xC3, 0x28]),
        ("a topic with a wildcard", [0x30, 3, 0, 1] + ascii("#")),
        ("packet id 0 on QoS 1", [0x32, 5, 0, 1] + ascii("t") + [0, 0]),
        ("SUBSCRIBE without its reserved flags", [0x80, 6, 0, 1, 0, 1] + ascii("t") + [1]),
        ("CONNACK with an unknown return code", [0x20, 2, 0, 6]),
        ("CONNACK cut short", [0x20, 1, 0]),
        ("CONNACK with reserved flag bits", [0x20, 2, 2, 0]),
        ("PINGRESP with a body", [0xD0, 1, 0]),
        ("PINGRESP with flags", [0xD1, 0]),
        ("SUBACK with return code 3", [0x90, 3, 0, 1, 3]),
        ("reserved packet type 0", [0x00, 0]),
        ("reserved packet type 15", [0xF0, 0]),
        ("PUBREC (QoS 2 is not used)", [0x50, 2, 0, 1]),
        ("CONNECT of protocol level 3", [0x10, 12, 0, 4] + ascii("MQTT") + [3, 0, 0, 30, 0, 0]),
    ]

    @Test("malformed packets are errors, not crashes", arguments: 0..<18)
    func malformedPacket(index: Int) {
        let (what, bytes) = Self.malformed[index]
        #expect(throws: MQTTProtocolError.self, "\(what)") { try Self.decode(bytes) }
    }

    @Test("CONNACK's return codes read as the operator's explanation")
    func connackExplanations() throws {
        let refusal = try Self.decode([0x20, 2, 0, 4])
        guard case .connack(let connack) = refusal else {
            Issue.record("not a CONNACK: \(String(describing: refusal))")
            return
        }
        #expect(connack.returnCode == .badUsernameOrPassword)
        #expect(connack.returnCode.explanation.contains("lifelineMQTTURL"))
    }
}
