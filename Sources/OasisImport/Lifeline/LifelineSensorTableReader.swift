import Foundation
import OasisCore

/// Reads lifeline sensors from CSV or XLSX with the columns `code,quantity,unit,asset,rules` (or their Chinese names,
/// `ImportColumnNames`; the downloadable template writes both): `quantity` is a code or its label (`压力`), and `rules`
/// a JSON array of `SensorRule` objects (empty for none), e.g.
/// `[{"kind":"threshold","direction":"above","limits":{"4":10,"3":20,"2":25,"1":50},"hysteresis":2}]`.
/// Every problem names its line (CSV) or row (XLSX) and column; nothing is returned when any row is bad.
public struct LifelineSensorTableReader: Sendable {
    public init() {}

    /// A CSV or XLSX file (`TabularData(csvOrXLSX:fileName:)`).
    public func read(_ bytes: [UInt8], fileName: String = "sensors.csv") throws(OasisError) -> (sensors: [LifelineSensor], labels: [String]) {
        try read(TabularData(csvOrXLSX: bytes, fileName: fileName))
    }

    public func read(_ table: TabularData) throws(OasisError) -> (sensors: [LifelineSensor], labels: [String]) {
        var details: [OasisError.Detail] = []
        var columns: [String: Int] = [:]
        for name in ["code", "quantity", "unit", "asset", "rules"] {
            if let index = table.column(name) {
                columns[name] = index
            } else if name != "rules" {
                details.append(table.detail(1, column: name, "the header lacks the column \(name)"))
            }
        }
        guard details.isEmpty else { throw Self.refusal(details) }
        var sensors: [LifelineSensor] = []
        var labels: [String] = []
        // A row left blank (a template's formatted rows below the data) is not a sensor.
        for record in table.records where !record.isBlank(columns.values) {
            func field(_ name: String) -> String { record.field(columns[name]) }
            let before = details.count
            let quantity = ImportLabels.value(field("quantity"), LifelineQuantity.self, keyPrefix: "lifeline_quantity_")
            if quantity == nil {
                details.append(
                    table.detail(
                        record.number, column: "quantity",
                        "\"\(field("quantity").prefix(40))\": one of \(LifelineQuantity.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            var rules: [SensorRule] = []
            let rulesText = field("rules")
            if !rulesText.isEmpty {
                do {
                    rules = try JSONDecoder().decode([SensorRule].self, from: Data(rulesText.utf8))
                } catch {
                    details.append(table.detail(record.number, column: "rules", "not a JSON array of rules: \(error)"))
                }
            }
            let sensor = LifelineSensor(
                code: field("code"), quantity: quantity ?? .pressure, unit: field("unit"), asset: field("asset"), rules: rules)
            for problem in sensor.problems() {
                var detail = table.detail(record.number, column: problem.field, problem.reason)
                detail.field = problem.field
                details.append(detail)
            }
            if details.count == before {
                sensors.append(sensor)
                labels.append("\(table.placeWord) \(record.number): ")
            }
        }
        if sensors.isEmpty, details.isEmpty { details.append(table.detail(2, column: nil, "the file holds no sensor")) }
        guard details.isEmpty else { throw Self.refusal(details) }
        return (sensors, labels)
    }

    static func refusal(_ details: [OasisError.Detail]) -> OasisError {
        OasisError.invalid(
            code: "csv_invalid", message: "\(details.count) problem(s) in the sensor file; nothing was imported.", details: Array(details.prefix(200))
        )
    }
}
