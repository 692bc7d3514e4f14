import NIOCore

/// The MQTT 3.1.1 control packets the lifeline's subscriber sends and receives (no QoS 2, no UNSUBSCRIBE).
enum MQTTPacket: Sendable, Equatable {
    case connect(MQTTConnect)
    case connack(MQTTConnAck)
    case publish(MQTTPublish)
    case puback(packetID: UInt16)
    case subscribe(MQTTSubscribe)
    case suback(MQTTSubAck)
    case pingreq
    case pingresp
    case disconnect

    /// The control packet type (§2.2.1) in the fixed header's high four bits.
    var type: UInt8 {
        switch self {
        case .connect: 1
        case .connack: 2
        case .publish: 3
        case .puback: 4
        case .subscribe: 8
        case .suback: 9
        case .pingreq: 12
        case .pingresp: 13
        case .disconnect: 14
        }
    }

    /// The fixed header's low four bits (§2.2.2): PUBLISH's DUP, QoS and RETAIN, SUBSCRIBE's reserved 0010.
    var flags: UInt8 {
        switch self {
        case .publish(let publish): (publish.duplicate ? 0x08 : 0) | (publish.qos & 0x03) << 1 | (publish.retain ? 0x01 : 0)
        case .subscribe: 0x02
        default: 0
        }
    }

    /// Writes the whole packet: fixed header, remaining length, variable header and payload.
    func encode(into buffer: inout ByteBuffer) {
        var body = ByteBuffer()
        switch self {
        case .connect(let connect):
            body.writeMQTTString("MQTT")
            body.writeInteger(UInt8(4))
            var connectFlags: UInt8 = connect.cleanSession ? 0x02 : 0
            if connect.username != nil { connectFlags |= 0x80 }
            if connect.password != nil { connectFlags |= 0x40 }
            body.writeInteger(connectFlags)
            body.writeInteger(connect.keepAlive)
            body.writeMQTTString(connect.clientID)
            if let username = connect.username { body.writeMQTTString(username) }
            if let password = connect.password { body.writeMQTTBinary(password) }
        case .connack(let connack):
            body.writeInteger(UInt8(connack.sessionPresent ? 1 : 0))
            body.writeInteger(connack.returnCode.rawValue)
        case .publish(let publish):
            body.writeMQTTString(publish.topic)
            if publish.qos > 0 { body.writeInteger(publish.packetID ?? 0) }
            body.writeImmutableBuffer(publish.payload)
        case .puback(let packetID):
            body.writeInteger(packetID)
        case .subscribe(let subscribe):
            body.writeInteger(subscribe.packetID)
            for request in subscribe.requests {
                body.writeMQTTString(request.filter)
                body.writeInteger(request.qos)
            }
        case .suback(let suback):
            body.writeInteger(suback.packetID)
            body.writeBytes(suback.returnCodes)
        case .pingreq, .pingresp, .disconnect:
            break
        }
        buffer.writeInteger(type << 4 | flags)
        MQTTRemainingLength.encode(body.readableBytes, into: &buffer)
        buffer.writeBuffer(&body)
    }

    var encoded: ByteBuffer {
        var buffer = ByteBuffer()
        encode(into: &buffer)
        return buffer
    }
}
