import NIOCore

/// Cuts the byte stream from the broker into packets: bytes arrive in reads of any size, a packet may span
/// several reads and one read may hold several packets.
struct MQTTFrameReader {
    /// The largest packet taken; a longer one is refused before its bytes are held (readings come in batches far
    /// smaller).
    var maximumPacket: Int
    private var buffer = ByteBuffer()

    init(maximumPacket: Int = 16 * 1024 * 1024) {
        self.maximumPacket = maximumPacket
    }

    mutating func append(_ bytes: ByteBuffer) {
        var bytes = bytes
        buffer.writeBuffer(&bytes)
    }

    /// The next whole packet, or nil until more bytes arrive.
    mutating func next() throws(MQTTProtocolError) -> MQTTPacket? {
        guard let header = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self),
            let (length, size) = try MQTTRemainingLength.decode(buffer, at: buffer.readerIndex + 1)
        else { return nil }
        guard length <= maximumPacket else {
            throw MQTTProtocolError("a packet of \(length) bytes is larger than the \(maximumPacket) taken")
        }
        guard buffer.readableBytes >= 1 + size + length else { return nil }
        buffer.moveReaderIndex(forwardBy: 1 + size)
        let body = buffer.readSlice(length: length)!
        buffer.discardReadBytes()
        return try MQTTPacket.decode(header: header, body: body)
    }
}
