import NIOCore

/// The fixed header's Remaining Length (MQTT 3.1.1 §2.2.3): seven bits a byte, least significant first, the high bit
/// set on every byte but the last; one to four bytes, so at most 268 435 455.
enum MQTTRemainingLength {
    static let maximum = 268_435_455

    static func encode(_ length: Int, into buffer: inout ByteBuffer) {
        precondition((0...maximum).contains(length), "an MQTT remaining length is 0–268435455")
        var rest = length
        repeat {
            var byte = UInt8(rest % 128)
            rest /= 128
            if rest > 0 { byte |= 0x80 }
            buffer.writeInteger(byte)
        } while rest > 0
    }

    /// The length and the bytes it took, read from `buffer` at `offset` without moving it; nil while the bytes
    /// end before the length does. A fifth byte is malformed.
    static func decode(_ buffer: ByteBuffer, at offset: Int) throws(MQTTProtocolError) -> (length: Int, size: Int)? {
        var length = 0
        var multiplier = 1
        for index in 0..<4 {
            guard let byte = buffer.getInteger(at: offset + index, as: UInt8.self) else { return nil }
            length += Int(byte & 0x7F) * multiplier
            if byte & 0x80 == 0 { return (length, index + 1) }
            multiplier *= 128
        }
        throw MQTTProtocolError("malformed remaining length: more than four bytes")
    }
}
