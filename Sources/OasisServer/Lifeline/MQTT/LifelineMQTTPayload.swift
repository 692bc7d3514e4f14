import Foundation
import NIOCore
import OasisCore

/// What one MQTT message carries, told apart by its first byte that is not white space: `{` the HTTP API's JSON
/// batch (`{"readings": [{"sensor", "time", "value"}…]}`), `[` a bare array of such readings, a lone number one
/// reading of the sensor named by the topic's last level taken at the time it arrived
/// (`oasis/lifeline/GM-CH4` ← `30.5`), anything else InfluxDB line protocol with nanosecond timestamps.
enum LifelineMQTTPayload: Equatable {
    /// Readings and the array their problems are reported in: `readings` (`readings[2].value`), empty (`[2].value`),
    /// or nil for the lone number (`payload.value`).
    case readings([SensorReading], array: String?)
    case lineProtocol(Substring)

    /// Where the reading at `index` of `array` is reported.
    static func field(_ array: String?, _ index: Int) -> String {
        array.map { "\($0)[\(index)]" } ?? "payload"
    }

    /// Reads a message's payload; a payload that is not UTF-8, not valid JSON or a number for a topic without a
    /// sensor is refused with an OasisError naming the field, as the HTTP API would.
    static func read(topic: String, payload: ByteBuffer, receivedAt: Date) throws -> LifelineMQTTPayload {
        guard let text = String(validating: payload.readableBytesView, as: UTF8.self) else {
            throw OasisError.invalid(
                code: "invalid_payload", message: "The message is not UTF-8 text.", details: [.init(field: "payload", reason: "not UTF-8")])
        }
        let trimmed = text.trimmingASCIIWhitespace()
        switch trimmed.first {
        case "{":
            let batch = try decode(LifelineRoutes.ReadingBatch.self, text)
            return .readings(batch.readings.map(\.reading), array: "readings")
        case "[":
            let readings = try decode([LifelineRoutes.ReadingBatch.Reading].self, text)
            return .readings(readings.map(\.reading), array: "")
        default:
            guard let value = Double(trimmed) else { return .lineProtocol(Substring(text)) }
            let sensor = topic.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            guard !sensor.isEmpty else {
                throw OasisError.invalid(
                    code: "lifeline_mqtt_topic", message: "A bare number needs the sensor's code as the topic's last level.",
                    details: [.init(field: "topic", reason: "\"\(topic.prefix(120))\" ends without a sensor code")])
            }
            return .readings([SensorReading(sensorID: sensor, time: receivedAt, value: value)], array: nil)
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw OasisError.invalid(
                code: "invalid_json", message: "The message is not a valid batch of readings.", details: [DecodingErrorDetail.detail(error)])
        }
    }
}

extension LifelineRoutes.ReadingBatch.Reading {
    var reading: SensorReading { SensorReading(sensorID: sensor, time: time, value: value) }
}
