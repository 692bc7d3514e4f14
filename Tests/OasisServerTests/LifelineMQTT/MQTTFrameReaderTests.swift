import NIOCore
import Testing

@testable import OasisServer

@Suite("MQTT frame reader: packets split across reads and several in one read")
struct MQTTFrameReaderTests {
    /// A PUBLISH of 200 payload bytes: its remaining length (207) takes two bytes, so a cut can fall inside it.
    static let publish = MQTTPacket.publish(
        MQTTPublish(topic: "oasis/x", payload: ByteBuffer(repeating: UInt8(ascii: "5"), count: 196), qos: 1, packetID: 42))

    @Test("a packet arriving one byte at a time is whole only with its last byte")
    func byteByByte() throws {
        let bytes = Array(Self.publish.encoded.readableBytesView)
        #expect(bytes.count == 1 + 2 + 207)
        var reader = MQTTFrameReader()
        for (index, byte) in bytes.enumerated() {
            reader.append(ByteBuffer(bytes: [byte]))
            let packet = try reader.next()
            if index < bytes.count - 1 {
                #expect(packet == nil, "complete after \(index + 1) of \(bytes.count) bytes")
            } else {
                #expect(packet == Self.publish)
            }
        }
    }

    @Test("a read ending inside the remaining length, then the rest with the next packet")
    func splitThenTwo() throws {
        let first = Array(Self.publish.encoded.readableBytesView)
        let second = Array(MQTTPacket.pingresp.encoded.readableBytesView)
        var reader = MQTTFrameReader()
        reader.append(ByteBuffer(bytes: first.prefix(2)))
        #expect(try reader.next() == nil)
        reader.append(ByteBuffer(bytes: first.dropFirst(2) + second))
        #expect(try reader.next() == Self.publish)
        #expect(try reader.next() == .pingresp)
        #expect(try reader.next() == nil)
    }

    @Test("a packet longer than the reader takes is refused from its header")
    func tooLarge() {
        var reader = MQTTFrameReader(maximumPacket: 100)
        // Remaining length 16384, announced before any of its bytes.
        reader.append(ByteBuffer(bytes: [0x30, 0x80, 0x80, 0x01]))
        #expect(throws: MQTTProtocolError.self) { try reader.next() }
    }
}
