import Foundation
import Logging
import NIOCore
import OasisCore
import OasisServices
import Testing

@testable import OasisServer

/// What the subscriber does with one message, against a real store (the broker's side is in Tests/mqtt).
@Suite("Lifeline MQTT subscriber: a message is acknowledged once committed or refused, never while ingest is busy or the token fails")
struct LifelineMQTTSubscriberTests {
    static func subscriber(_ app: Harness, token: String) -> LifelineMQTTSubscriber {
        LifelineMQTTSubscriber(
            lifeline: LifelineService(store: app.store, cases: CaseService(store: app.store, taxonomy: .builtIn)),
            configuration: LifelineMQTTConfiguration(broker: MQTTBrokerAddress(host: "127.0.0.1"), token: token),
            logger: Logger(label: "test"))
    }

    static func message(_ text: String, topic: String = "oasis/lifeline/GM-1") -> MQTTPublish {
        MQTTPublish(topic: topic, payload: ByteBuffer(string: text), qos: 1, packetID: 1)
    }

    @Test("a JSON batch is committed, its alert opened, then acknowledged; a poison message is acknowledged with nothing stored")
    func committedAndPoison() async throws {
        try await LifelineAPITests.withRegistry { app, _ in
            let subscriber = Self.subscriber(app, token: app.analystToken)
            let batch = LifelineAPITests.batch([("GM-CH4", 60, 30)])
            #expect(await subscriber.deliver(Self.message(batch)))
            #expect(try await LifelineAPITests.storedCount(app) == 1)
            let alerts = try await LifelineAPITests.alerts(app)
            #expect(alerts.first?["level"] as? Int == 2)
            // Unknown sensor, bad line: refused by ingest, acknowledged, nothing stored.
            #expect(await subscriber.deliver(Self.message("ch4,sensor=NOPE value=99")))
            #expect(await subscriber.deliver(Self.message("ch4,sensor=GM-CH4 value=")))
            #expect(try await LifelineAPITests.storedCount(app) == 1)
        }
    }

    @Test("a busy ingest (503 lifeline_ingest_busy, Retry-After 2) and a token that does not work are not poison")
    func notPoison() async throws {
        try await LifelineAPITests.withRegistry { app, _ in
            let subscriber = Self.subscriber(app, token: app.analystToken)
            #expect(subscriber.lifeline.backlog.reserve(subscriber.lifeline.backlog.limit))
            do {
                _ = try await subscriber.ingest(Self.message("31", topic: "oasis/lifeline/GM-CH4"))
                Issue.record("a full backlog took the reading")
            } catch let error as OasisError {
                #expect(error.code == "lifeline_ingest_busy")
                #expect(error.retryAfterSeconds == 2)
                #expect(!LifelineMQTTSubscriber.isPoison(error))
            }
            let stranger = Self.subscriber(app, token: "not-a-token")
            do {
                _ = try await stranger.ingest(Self.message("31", topic: "oasis/lifeline/GM-CH4"))
                Issue.record("an unknown token was taken")
            } catch let error as OasisError {
                #expect(error.kind == .unauthenticated)
                #expect(!LifelineMQTTSubscriber.isPoison(error))
            }
            #expect(try await LifelineAPITests.storedCount(app) == 0)
        }
    }
}
