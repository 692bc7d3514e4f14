import Foundation
import OasisCore

/// Reads lifeline sensors from CSV with the header `code,quantity,unit,asset,rules`: `rules` is a JSON array of
/// `SensorRule` objects (empty for none), e.g.
/// `"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":10,""3"":20,""2"":25,""1"":50},""hysteresis"":2}]"`.
/// Every problem names its line and column; nothing is returned when any row is bad.
public struct LifelineSensorCSVReader: Sendable {
    public init() {}

    public func read(_ bytes: [UInt8]) throws(OasisError) -> (sensors: [LifelineSensor], labels: [String]) {
        let table = try CSVParser().parse(bytes)
        var details: [OasisError.Detail] = []
        var columns: [String: Int] = [:]
        for name in ["code", "quantity", "unit", "asset", "rules"] {
            if let index = table.column(name) {
                columns[name] = index
            } else if name != "rules" {
                details.append(.init(line: 1, column: name, reason: "the header lacks the column \(name)"))
            }
        }
        guard details.isEmpty else { throw Self.refusal(details) }
        var sensors: [LifelineSensor] = []
        var labels: [String] = []
        for record in table.records {
            func field(_ name: String) -> String {
                guard let index = columns[name], index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespaces)
            }
            let before = details.count
            let quantity = ImportLabels.value(field("quantity"), LifelineQuantity.self, keyPrefix: "lifeline_quantity_")
            if quantity == nil {
                details.append(
                    .init(
                        line: record.line, column: "quantity",
                        reason: "\"\(field("quantity").prefix(40))\": one of \(LifelineQuantity.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            var rules: [SensorRule] = []
            let rulesText = field("rules")
            if !rulesText.isEmpty {
                do {
                    rules = try JSONDecoder().decode([SensorRule].self, from: Data(rulesText.utf8))
                } catch {
                    details.append(.init(line: record.line, column: "rules", reason: "not a JSON array of rules: \(error)"))
                }
            }
            let sensor = LifelineSensor(
                code: field("code"), quantity: quantity ?? .pressure, unit: field("unit"), asset: field("asset"), rules: rules)
            details += sensor.problems().map { OasisError.Detail(field: $0.field, line: record.line, column: $0.field, reason: $0.reason) }
            if details.count == before {
                sensors.append(sensor)
                labels.append("line \(record.line): ")
            }
        }
        if table.records.isEmpty { details.append(.init(line: 2, reason: "the file holds no sensor")) }
        guard details.isEmpty else { throw Self.refusal(details) }
        return (sensors, labels)
    }

    static func refusal(_ details: [OasisError.Detail]) -> OasisError {
        OasisError.invalid(
            code: "csv_invalid", message: "\(details.count) problem(s) in the sensor file; nothing was imported.", details: Array(details.prefix(200))
        )
    }
}
