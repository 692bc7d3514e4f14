import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// One sensor's page (`/lifeline/sensors/CODE`): its last 24 hours up to its latest reading as 1-minute means, with its
/// threshold rules' limits drawn in their levels' colours. Within the user's scope; an unknown sensor is a 404.
extension LifelineRoutes {
    func sensorPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let language = context.language
            func text(_ key: String) -> String { catalogue.text(MessageKey(key), language) }
            let access = try context.principal.access(for: .readLayers)
            let code = context.parameters.get("sensor") ?? ""
            guard let sensor = try await store.lifeline.sensors(code: code, for: access).first else { throw OasisError.notFound("Sensor", code) }
            var data: [String: Any] = [
                "code": sensor.code, "quantity": text(sensor.quantity.messageKey.rawValue), "asset": sensor.asset, "unit": sensor.unit,
                "unitLabel": text("lifeline_unit_label"),
            ]
            if let last = try await store.lifeline.lastReading(sensor: code, for: access) {
                let rollups = try await store.lifeline.rollups(
                    sensor: code, from: last.addingTimeInterval(-86_400), to: last.addingTimeInterval(60), for: access)
                var thresholds: [SensorSeriesChart.Threshold] = []
                for case .threshold(let rule) in sensor.rules {
                    for (level, value) in rule.limits.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                        thresholds.append(.init(value: value, label: text(level.messageKey), colour: LifelineAssetMap.fills[level] ?? "#8a8a8a"))
                    }
                }
                data["chart"] = SensorSeriesChart(
                    title: text("lifeline_series_title"), unit: sensor.unit,
                    samples: rollups.map { .init(time: $0.minute, value: $0.mean) }, thresholds: thresholds
                ).render()
            }
            return pages.render("lifeline-sensor", title: sensor.code, data: data, current: "/lifeline", context: context)
        }
    }
}
