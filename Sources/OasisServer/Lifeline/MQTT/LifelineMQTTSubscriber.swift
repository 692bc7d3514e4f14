import Foundation
import Logging
import Metrics
import OasisCore
import OasisCredentials
import OasisServices
import OasisStore
import ServiceLifecycle

/// Takes lifeline readings from an MQTT broker into the same ingest as `POST /api/v1/lifeline/readings` and
/// `/write`, as the account of the configured API token (a gateway's, with `write_layers`). Runs beside the server
/// while `lifelineMQTTURL` is set.
///
/// - A QoS 1 message is acknowledged (PUBACK) only after its readings are committed: an acknowledged reading is
///   durable. The persistent session (clean session off) keeps messages at the broker while Oasis is down.
/// - A message ingest refuses (bad payload, unknown sensor, a line or field at fault) is logged with the reason,
///   counted (`oasis_lifeline_mqtt_messages_total{outcome="rejected"}`) and acknowledged, so that the broker does
///   not send the poison again for ever.
/// - A busy ingest (503 `lifeline_ingest_busy`) is tried again after its Retry-After, a store that fails or a
///   token that no longer works after a pause; the message is not acknowledged meanwhile.
/// - A lost broker is reconnected to with a pause doubling from 1 s to at most 30 s; each change of state is logged once.
public struct LifelineMQTTSubscriber: Service {
    let lifeline: LifelineService
    let configuration: LifelineMQTTConfiguration
    let logger: Logger
    static let firstPause = Duration.seconds(1)
    static let longestPause = Duration.seconds(30)

    public init(lifeline: LifelineService, configuration: LifelineMQTTConfiguration, logger: Logger) {
        self.lifeline = lifeline
        self.configuration = configuration
        self.logger = logger
    }

    public func run() async throws {
        let client = MQTTClient(configuration: configuration, logger: logger)
        let broker = "\(configuration.broker)"
        var pause = Self.firstPause
        var lastProblem: String?
        logger.info("lifeline MQTT: connecting", metadata: ["broker": "\(broker)", "topic": "\(configuration.topicFilter)"])
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let link = MQTTLink()
            var problem = "the broker closed the connection"
            do {
                try await withGracefulShutdownHandler {
                    try await client.run(
                        link: link,
                        onSubscribed: { [logger] present in
                            logger.notice(
                                "lifeline MQTT: subscribed",
                                metadata: ["broker": "\(broker)", "topic": "\(configuration.topicFilter)", "sessionPresent": "\(present)"])
                        }
                    ) { message in await deliver(message) }
                } onGracefulShutdown: {
                    link.stop()
                }
            } catch {
                problem = "\(error)"
            }
            if Task.isShuttingDownGracefully || link.isStopping { break }
            if link.wasSubscribed {
                pause = Self.firstPause
                lastProblem = nil
            }
            if problem != lastProblem {
                logger.warning("lifeline MQTT: not connected: \(problem); trying again", metadata: ["broker": "\(broker)"])
                lastProblem = problem
            }
            let wait = pause
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
            pause = min(pause * 2, Self.longestPause)
        }
        logger.info("lifeline MQTT: disconnected (shutdown)", metadata: ["broker": "\(broker)"])
    }

    /// Ingests one message until it is committed or refused (true: acknowledge it), or until the server stops (false).
    func deliver(_ message: MQTTPublish) async -> Bool {
        var pause = Self.firstPause
        var lastProblem: String?
        while true {
            do {
                let summary = try await ingest(message)
                Counter(label: "oasis_lifeline_mqtt_messages_total", dimensions: [("outcome", "stored")]).increment()
                logger.debug(
                    "lifeline MQTT: readings stored",
                    metadata: ["topic": "\(message.topic)", "stored": "\(summary.stored)", "alertChanges": "\(summary.alertChanges)"])
                if lastProblem != nil { logger.notice("lifeline MQTT: ingest works again", metadata: ["topic": "\(message.topic)"]) }
                return true
            } catch let error as OasisError where Self.isPoison(error) {
                Counter(label: "oasis_lifeline_mqtt_messages_total", dimensions: [("outcome", "rejected")]).increment()
                logger.warning(
                    "lifeline MQTT: message refused and acknowledged (not sent again): \(Self.oneLine(error))",
                    metadata: ["topic": "\(message.topic)", "code": "\(error.code)"])
                return true
            } catch {
                let retryAfter = (error as? OasisError)?.retryAfterSeconds.map { Duration.seconds($0) }
                let problem = (error as? OasisError).map { "\($0.code): \($0.message)" } ?? "\(error)"
                if problem != lastProblem {
                    logger.warning(
                        "lifeline MQTT: ingest failed, not acknowledged; trying again: \(problem)", metadata: ["topic": "\(message.topic)"])
                    lastProblem = problem
                }
                let wait = retryAfter ?? pause
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
                if Task.isShuttingDownGracefully || Task.isCancelled { return false }
                if retryAfter == nil { pause = min(pause * 2, Self.longestPause) }
            }
        }
    }

    /// The error's message and details (line, field, reason) on one log line.
    static func oneLine(_ error: OasisError) -> String {
        ([error.message] + error.details.map(\.description)).joined(separator: " · ")
    }

    /// Refusals of the message itself, which sending it again cannot mend. An unknown or revoked token, an
    /// overloaded or failing store are not: the message waits at the broker.
    static func isPoison(_ error: OasisError) -> Bool {
        [.invalid, .tooLarge, .notFound, .unsupportedMediaType].contains(error.kind)
    }

    func ingest(_ message: MQTTPublish) async throws -> LifelineIngestSummary {
        guard let principal = try await lifeline.store.principal(tokenHash: SecretToken.hash(configuration.token)) else {
            throw OasisError(
                kind: .unauthenticated, code: "lifeline_mqtt_token",
                message: "lifelineMQTTToken is not a valid API token (unknown, expired, revoked, or its user disabled).")
        }
        switch try LifelineMQTTPayload.read(topic: message.topic, payload: message.payload, receivedAt: lifeline.store.clock.now()) {
        case .readings(let readings, let array):
            return try await lifeline.ingest(readings, by: principal) { OasisError.Detail(field: LifelineMQTTPayload.field(array, $0), reason: "") }
        case .lineProtocol(let text):
            return try await lifeline.ingest(lineProtocol: text, precision: .ns, by: principal)
        }
    }
}
