import NIOCore

/// MQTT's data representations (MQTT 3.1.1 §1.5): two-byte big-endian integers and length-prefixed UTF-8 strings
/// and binary data.
extension ByteBuffer {
    mutating func writeMQTTString(_ text: String) {
        writeMQTTBinary(Array(text.utf8))
    }

    mutating func writeMQTTBinary(_ bytes: [UInt8]) {
        writeInteger(UInt16(bytes.count))
        writeBytes(bytes)
    }

    mutating func readMQTTInteger(_ what: String) throws(MQTTProtocolError) -> UInt16 {
        guard let value = readInteger(as: UInt16.self) else { throw MQTTProtocolError("malformed packet: \(what) is cut short") }
        return value
    }

    mutating func readMQTTByte(_ what: String) throws(MQTTProtocolError) -> UInt8 {
        guard let value = readInteger(as: UInt8.self) else { throw MQTTProtocolError("malformed packet: \(what) is missing") }
        return value
    }

    mutating func readMQTTBinary(_ what: String) throws(MQTTProtocolError) -> [UInt8] {
        let length = try readMQTTInteger(what)
        guard let bytes = readBytes(length: Int(length)) else { throw MQTTProtocolError("malformed packet: \(what) is cut short") }
        return bytes
    }

    /// A string must be well-formed UTF-8 without U+0000 (§1.5.3).
    mutating func readMQTTString(_ what: String) throws(MQTTProtocolError) -> String {
        let bytes = try readMQTTBinary(what)
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw MQTTProtocolError("malformed packet: \(what) is not valid UTF-8")
        }
        return text
    }
}
