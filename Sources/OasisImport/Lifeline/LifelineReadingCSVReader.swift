import Foundation
import OasisCore

/// Reads readings from CSV with the header `sensor,time,value`: `time` an ISO-8601 instant
/// (`2026-12-03T01:00:00Z`, fractional seconds allowed) or Unix milliseconds, `value` a finite number. Every problem
/// names its line and column; nothing is returned when any row is bad.
public struct LifelineReadingCSVReader: Sendable {
    public init() {}

    /// The readings with the line each came from.
    public func read(_ bytes: [UInt8]) throws(OasisError) -> (readings: [SensorReading], lines: [Int]) {
        let table = try CSVParser().parse(bytes)
        var details: [OasisError.Detail] = []
        let indices = ["sensor", "time", "value"].map { table.column($0) }
        for (name, index) in zip(["sensor", "time", "value"], indices) where index == nil {
            details.append(.init(line: 1, column: name, reason: "the header lacks the column \(name)"))
        }
        guard details.isEmpty, let sensorColumn = indices[0], let timeColumn = indices[1], let valueColumn = indices[2] else {
            throw Self.refusal(details)
        }
        var readings: [SensorReading] = []
        var lines: [Int] = []
        readings.reserveCapacity(table.records.count)
        for record in table.records {
            func field(_ index: Int) -> String { index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : "" }
            let sensor = field(sensorColumn)
            if sensor.isEmpty { details.append(.init(line: record.line, column: "sensor", reason: "missing")) }
            let time = Self.time(field(timeColumn))
            if time == nil {
                details.append(
                    .init(line: record.line, column: "time", reason: "\"\(field(timeColumn).prefix(40))\" is neither ISO-8601 nor Unix milliseconds"))
            }
            let value = Double(field(valueColumn))
            if value == nil || !(value?.isFinite ?? false) {
                details.append(.init(line: record.line, column: "value", reason: "\"\(field(valueColumn).prefix(40))\" is not a finite number"))
            }
            if let time, let value, value.isFinite, !sensor.isEmpty {
                readings.append(SensorReading(sensorID: sensor, time: time, value: value))
                lines.append(record.line)
            }
        }
        guard details.isEmpty else { throw Self.refusal(details) }
        return (readings, lines)
    }

    /// An ISO-8601 instant (fractional seconds allowed) or Unix milliseconds.
    public static func time(_ text: String) -> Date? {
        if let milliseconds = Int64(text) { return Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    static func refusal(_ details: [OasisError.Detail]) -> OasisError {
        OasisError.invalid(
            code: "csv_invalid", message: "\(details.count) problem(s) in the readings file; nothing was imported.",
            details: Array(details.prefix(200)))
    }
}
