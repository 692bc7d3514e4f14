import NIOCore

extension MQTTPacket {
    /// Reads one packet from its fixed header's first byte and its body (exactly the remaining length). Anything
    /// the standard calls malformed — wrong reserved flags, QoS 3, a body too short or too long, a return code
    /// out of range — throws rather than guessing.
    static func decode(header: UInt8, body: ByteBuffer) throws(MQTTProtocolError) -> MQTTPacket {
        var body = body
        let type = header >> 4
        let flags = header & 0x0F
        func requireFlags(_ expected: UInt8, _ name: String) throws(MQTTProtocolError) {
            guard flags == expected else { throw MQTTProtocolError("malformed \(name): reserved flags \(flags) instead of \(expected)") }
        }
        func requireEnd(_ name: String) throws(MQTTProtocolError) {
            guard body.readableBytes == 0 else { throw MQTTProtocolError("malformed \(name): \(body.readableBytes) bytes too many") }
        }
        let packet: MQTTPacket
        switch type {
        case 1:
            try requireFlags(0, "CONNECT")
            packet = .connect(try decodeConnect(&body))
        case 2:
            try requireFlags(0, "CONNACK")
            let acknowledge = try body.readMQTTByte("CONNACK's flags")
            guard acknowledge & 0xFE == 0 else { throw MQTTProtocolError("malformed CONNACK: reserved flag bits set") }
            let code = try body.readMQTTByte("CONNACK's return code")
            guard let returnCode = MQTTConnectReturnCode(rawValue: code) else {
                throw MQTTProtocolError("malformed CONNACK: unknown return code \(code)")
            }
            packet = .connack(MQTTConnAck(sessionPresent: acknowledge == 1, returnCode: returnCode))
        case 3:
            packet = .publish(try decodePublish(flags: flags, &body))
        case 4:
            try requireFlags(0, "PUBACK")
            packet = .puback(packetID: try body.readMQTTInteger("PUBACK's packet identifier"))
        case 8:
            try requireFlags(2, "SUBSCRIBE")
            let packetID = try body.readMQTTInteger("SUBSCRIBE's packet identifier")
            var requests: [MQTTSubscribe.Request] = []
            while body.readableBytes > 0 {
                let filter = try body.readMQTTString("a topic filter")
                let qos = try body.readMQTTByte("a requested QoS")
                guard qos <= 2 else { throw MQTTProtocolError("malformed SUBSCRIBE: requested QoS \(qos)") }
                requests.append(.init(filter: filter, qos: qos))
            }
            guard !requests.isEmpty else { throw MQTTProtocolError("malformed SUBSCRIBE: no topic filter") }
            packet = .subscribe(MQTTSubscribe(packetID: packetID, requests: requests))
        case 9:
            try requireFlags(0, "SUBACK")
            let packetID = try body.readMQTTInteger("SUBACK's packet identifier")
            let codes = body.readBytes(length: body.readableBytes) ?? []
            guard !codes.isEmpty, codes.allSatisfy({ $0 <= 2 || $0 == MQTTSubAck.failure }) else {
                throw MQTTProtocolError("malformed SUBACK: return codes \(codes)")
            }
            packet = .suback(MQTTSubAck(packetID: packetID, returnCodes: codes))
        case 12:
            try requireFlags(0, "PINGREQ")
            packet = .pingreq
        case 13:
            try requireFlags(0, "PINGRESP")
            packet = .pingresp
        case 14:
            try requireFlags(0, "DISCONNECT")
            packet = .disconnect
        case 0, 15:
            throw MQTTProtocolError("malformed packet: reserved packet type \(type)")
        default:
            throw MQTTProtocolError("unexpected packet type \(type) (QoS 2 and UNSUBSCRIBE are not used)")
        }
        try requireEnd("packet of type \(type)")
        return packet
    }

    private static func decodeConnect(_ body: inout ByteBuffer) throws(MQTTProtocolError) -> MQTTConnect {
        guard try body.readMQTTString("the protocol name") == "MQTT" else { throw MQTTProtocolError("malformed CONNECT: protocol name") }
        let level = try body.readMQTTByte("the protocol level")
        guard level == 4 else { throw MQTTProtocolError("CONNECT asks for protocol level \(level), not 4 (MQTT 3.1.1)") }
        let flags = try body.readMQTTByte("CONNECT's flags")
        guard flags & 0x01 == 0 else { throw MQTTProtocolError("malformed CONNECT: the reserved flag is set") }
        guard flags & 0x3C == 0 else { throw MQTTProtocolError("CONNECT with a will is not supported") }
        guard flags & 0x80 != 0 || flags & 0x40 == 0 else { throw MQTTProtocolError("malformed CONNECT: a password without a user name") }
        let keepAlive = try body.readMQTTInteger("the keep-alive")
        let clientID = try body.readMQTTString("the client identifier")
        let username = flags & 0x80 != 0 ? try body.readMQTTString("the user name") : nil
        let password = flags & 0x40 != 0 ? try body.readMQTTBinary("the password") : nil
        return MQTTConnect(clientID: clientID, cleanSession: flags & 0x02 != 0, keepAlive: keepAlive, username: username, password: password)
    }

    private static func decodePublish(flags: UInt8, _ body: inout ByteBuffer) throws(MQTTProtocolError) -> MQTTPublish {
        let qos = (flags >> 1) & 0x03
        guard qos < 3 else { throw MQTTProtocolError("malformed PUBLISH: QoS 3") }
        guard qos > 0 || flags & 0x08 == 0 else { throw MQTTProtocolError("malformed PUBLISH: DUP set on a QoS 0 message") }
        let topic = try body.readMQTTString("the topic name")
        guard !topic.isEmpty, !topic.contains("#"), !topic.contains("+") else {
            throw MQTTProtocolError("malformed PUBLISH: \"\(topic)\" is not a topic name")
        }
        var packetID: UInt16?
        if qos > 0 {
            let id = try body.readMQTTInteger("PUBLISH's packet identifier")
            guard id != 0 else { throw MQTTProtocolError("malformed PUBLISH: packet identifier 0") }
            packetID = id
        }
        let payload = body.readSlice(length: body.readableBytes) ?? ByteBuffer()
        return MQTTPublish(topic: topic, payload: payload, qos: qos, packetID: packetID, duplicate: flags & 0x08 != 0, retain: flags & 0x01 != 0)
    }
}
