import Logging
import NIOCore
import NIOPosix
import OasisServices

/// One connection to the broker as an MQTT 3.1.1 client: CONNECT with a persistent session, SUBSCRIBE with QoS 1,
/// then every PUBLISH handed to `handle` one at a time; a QoS 1 message gets its PUBACK only when `handle` says
/// so (after the readings are committed). PINGREQ keeps the connection alive; a broker silent for twice the
/// keep-alive is taken for gone. Returns when the connection ends; throws on a refusal or a protocol error.
struct MQTTClient: Sendable {
    var configuration: LifelineMQTTConfiguration
    var logger: Logger

    /// Connects, subscribes and serves the connection until it closes. `handle` returns true to acknowledge.
    func run(link: MQTTLink, onSubscribed: @escaping @Sendable (Bool) -> Void, handle: @escaping @Sendable (MQTTPublish) async -> Bool)
        async throws
    {
        let broker = configuration.broker
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: broker.host, port: broker.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            link.attach(channel.channel, outbound)
            try await outbound.write(MQTTPacket.connect(connectPacket).encoded)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await keepAlive(link: link, outbound: outbound) }
                defer { group.cancelAll() }
                try await serve(inbound, outbound, link: link, onSubscribed: onSubscribed, handle: handle)
            }
        }
    }

    var connectPacket: MQTTConnect {
        MQTTConnect(
            clientID: configuration.clientID, cleanSession: false, keepAlive: UInt16(clamping: configuration.keepAliveSeconds),
            username: configuration.broker.username, password: configuration.broker.password.map { Array($0.utf8) })
    }

    static let subscribeID: UInt16 = 1

    private func serve(
        _ inbound: NIOAsyncChannelInboundStream<ByteBuffer>, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, link: MQTTLink,
        onSubscribed: @Sendable (Bool) -> Void, handle: @Sendable (MQTTPublish) async -> Bool
    ) async throws {
        var reader = MQTTFrameReader()
        var connected: MQTTConnAck?
        for try await bytes in inbound {
            link.received()
            reader.append(bytes)
            while let packet = try reader.next() {
                switch packet {
                case .connack(let connack) where connected == nil:
                    guard connack.returnCode == .accepted else { throw MQTTProtocolError("the broker refused: \(connack.returnCode.explanation)") }
                    connected = connack
                    let subscribe = MQTTSubscribe(packetID: Self.subscribeID, requests: [.init(filter: configuration.topicFilter, qos: 1)])
                    try await outbound.write(MQTTPacket.subscribe(subscribe).encoded)
                case _ where connected == nil:
                    throw MQTTProtocolError("the broker sent a packet of type \(packet.type) before CONNACK")
                case .suback(let suback) where suback.packetID == Self.subscribeID:
                    guard let granted = suback.returnCodes.first, granted != MQTTSubAck.failure else {
                        throw MQTTProtocolError("the broker refused the subscription to \(configuration.topicFilter) (its access list?)")
                    }
                    if granted == 0 {
                        logger.warning("lifeline MQTT: the broker granted QoS 0 only; readings may be lost while Oasis is down")
                    }
                    link.markSubscribed()
                    onSubscribed(connected?.sessionPresent ?? false)
                case .publish(let publish):
                    guard publish.qos <= 1 else { throw MQTTProtocolError("the broker sent a QoS 2 message though QoS 1 was asked for") }
                    guard link.begin() else { return }
                    let acknowledge = await handle(publish)
                    if acknowledge, publish.qos == 1, let packetID = publish.packetID {
                        try await outbound.write(MQTTPacket.puback(packetID: packetID).encoded)
                    }
                    await link.end()
                    if !acknowledge { return }
                case .pingresp:
                    break
                default:
                    throw MQTTProtocolError("the broker sent an unexpected packet of type \(packet.type)")
                }
            }
        }
    }

    /// Sends PINGREQ every half keep-alive and closes the connection when the broker stays silent for twice it.
    private func keepAlive(link: MQTTLink, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws {
        let period = Duration.seconds(max(1, configuration.keepAliveSeconds))
        while !Task.isCancelled {
            try await Task.sleep(for: period / 2)
            if let silence = link.silence, silence > period * 2 {
                logger.warning("lifeline MQTT: the broker has been silent for \(silence); reconnecting")
                link.close()
                return
            }
            try await outbound.write(MQTTPacket.pingreq.encoded)
        }
    }
}
