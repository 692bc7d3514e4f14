import Foundation
import Hummingbird
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// Ingest over HTTP: `POST /api/v1/lifeline/readings` takes `{"readings": [{"sensor", "time", "value"}…]}` and
/// `POST /api/v1/lifeline/write` the InfluxDB line protocol (`?precision=ns|us|ms|s`, nanoseconds by default, as
/// InfluxDB's own `/write`). Both answer with what was stored; a bad batch gets 400 naming the reading or line
/// and its field, an oversized one 413, and nothing of it is written.
extension LifelineRoutes {
    struct ReadingBatch: Decodable {
        /// One reading: `time` an ISO-8601 instant (fractional seconds allowed) or Unix milliseconds.
        struct Reading: Decodable {
            var sensor: String
            var time: Date
            var value: Double

            enum CodingKeys: String, CodingKey {
                case sensor
                case time
                case value
            }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                sensor = try container.decode(String.self, forKey: .sensor)
                value = try container.decode(Double.self, forKey: .value)
                if let milliseconds = try? container.decode(Int64.self, forKey: .time) {
                    time = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
                } else {
                    let text = try container.decode(String.self, forKey: .time)
                    guard let parsed = LifelineReadingCSVReader.time(text) else {
                        throw DecodingError.dataCorruptedError(
                            forKey: .time, in: container, debugDescription: "\"\(text.prefix(40))\" is neither ISO-8601 nor Unix milliseconds")
                    }
                    time = parsed
                }
            }
        }

        var readings: [Reading]
    }

    func postReadings(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineIngestSummary> {
        _ = try context.principal.access(for: .writeLayers)
        let batch = try await JSONResponse.decode(ReadingBatch.self, from: request, context: context)
        let readings = batch.readings.map { SensorReading(sensorID: $0.sensor, time: $0.time, value: $0.value) }
        return JSONBody(try await lifeline.ingest(readings, by: context.principal))
    }

    func writeLineProtocol(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineIngestSummary> {
        _ = try context.principal.access(for: .writeLayers)
        let contentType = RequestContentType(request)
        try contentType.require(
            contentType.value.isEmpty || contentType.hasPrefix("text/plain", "application/octet-stream"),
            "Send line protocol as text/plain; got \(contentType.named).")
        let text = RequestParameters.text(request, "precision") ?? "ns"
        guard let precision = TimestampPrecision(rawValue: text) else {
            throw RequestParameters.choiceError("precision", text, TimestampPrecision.allCases.map(\.rawValue))
        }
        let body = try await JSONResponse.collect(request, context: context)
        guard let lines = String(validating: body.readableBytesView, as: UTF8.self) else {
            throw OasisError.invalid(
                code: "invalid_line_protocol", message: "The body is not UTF-8 text.", details: [.init(line: 1, reason: "not UTF-8")])
        }
        return JSONBody(try await lifeline.ingest(lineProtocol: Substring(lines), precision: precision, by: context.principal))
    }
}
