import Foundation
import NIOCore
import OasisCore
import Testing

@testable import OasisServer

@Suite("Lifeline MQTT payloads: JSON batch, JSON array, a bare number for the topic's sensor, line protocol")
struct LifelineMQTTPayloadTests {
    static let now = Date(timeIntervalSince1970: 1_780_272_000)

    static func read(_ text: String, topic: String = "oasis/lifeline/GM-CH4") throws -> LifelineMQTTPayload {
        try LifelineMQTTPayload.read(topic: topic, payload: ByteBuffer(string: text), receivedAt: now)
    }

    @Test("the HTTP API's batch, with an ISO time and Unix milliseconds")
    func batch() throws {
        let payload = try Self.read(
            #"  {"readings": [{"sensor": "GM-CH4", "time": "2026-06-01T00:00:00Z", "value": 30}, {"sensor": "MH-LVL", "time": 1780272060000, "value": 1.5}]}"#
        )
        #expect(
            payload
                == .readings(
                    [
                        SensorReading(sensorID: "GM-CH4", time: Date(timeIntervalSince1970: 1_780_272_000), value: 30),
                        SensorReading(sensorID: "MH-LVL", time: Date(timeIntervalSince1970: 1_780_272_060), value: 1.5),
                    ], array: "readings"))
        #expect(LifelineMQTTPayload.field("readings", 1) == "readings[1]")
    }

    @Test("a bare array of readings")
    func array() throws {
        #expect(
            try Self.read(#"[{"sensor": "S", "time": 1780272000000, "value": -2}]"#)
                == .readings([SensorReading(sensorID: "S", time: Self.now, value: -2)], array: ""))
        #expect(LifelineMQTTPayload.field("", 0) == "[0]")
    }

    @Test("a bare number is the topic's last level's reading at the time it arrived")
    func bareNumber() throws {
        #expect(try Self.read(" 30.5\n") == .readings([SensorReading(sensorID: "GM-CH4", time: Self.now, value: 30.5)], array: nil))
        #expect(LifelineMQTTPayload.field(nil, 0) == "payload")
        #expect(throws: OasisError.self) { try Self.read("30", topic: "oasis/lifeline/") }
    }

    @Test("anything else is line protocol, passed on whole")
    func lineProtocol() throws {
        let text = "gas,sensor=GM-CH4 value=30 1780272000000000000\n"
        #expect(try Self.read(text) == .lineProtocol(Substring(text)))
    }

    @Test("bad JSON is refused naming the field; bytes that are not UTF-8 as well")
    func refusals() throws {
        do {
            _ = try Self.read(#"{"readings": [{"sensor": "GM-CH4", "time": 1780272000000, "value": "high"}]}"#)
            Issue.record("a string value was taken")
        } catch let error as OasisError {
            #expect(error.code == "invalid_json")
            #expect(error.details.first?.field == "readings[0].value")
        }
        #expect(throws: OasisError.self) {
            try LifelineMQTTPayload.read(topic: "t/S", payload: ByteBuffer(bytes: [0xFF, 0xFE]), receivedAt: Self.now)
        }
    }
}
