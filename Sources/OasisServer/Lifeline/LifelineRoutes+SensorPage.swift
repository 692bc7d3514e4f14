import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// One sensor's page (`/lifeline/sensors/CODE?days=1|7|30|365`): its last 24 hours (or 7 days, 30 days, a year) up to
/// its latest reading as 1-minute means (1-hour means beyond 3 days, `LifelineSeriesResolution`), with its threshold
/// rules' limits drawn in their levels' colours. Within the user's scope; an unknown sensor is a 404.
extension LifelineRoutes {
    static let sensorPageSpans = [1, 7, 30, 365]

    func sensorPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let asked = RequestParameters.text(request, "days") ?? "1"
        guard let days = Int(asked), Self.sensorPageSpans.contains(days) else {
            throw RequestParameters.choiceError("days", asked, Self.sensorPageSpans.map(String.init))
        }
        return try await pages.page(context) { context in
            let language = context.language
            func text(_ key: String) -> String { catalogue.text(MessageKey(key), language) }
            let access = try context.principal.access(for: .readLayers)
            let code = context.parameters.get("sensor") ?? ""
            guard let sensor = try await store.lifeline.sensors(code: code, for: access).first else { throw OasisError.notFound("Sensor", code) }
            var data: [String: Any] = [
                "code": sensor.code, "quantity": text(sensor.quantity.messageKey.rawValue), "asset": sensor.asset, "unit": sensor.unit,
                "unitLabel": text("lifeline_unit_label"),
                "spans": Self.sensorPageSpans.map { span -> [String: Any] in
                    ["days": span, "label": text("lifeline_span_\(span)"), "current": span == days]
                },
            ]
            if let last = try await store.lifeline.lastReading(sensor: code, for: access) {
                let span = Double(days) * 86_400
                let resolution = LifelineSeriesResolution(span: span).rollups
                let rollups = try await store.lifeline.rollups(
                    sensor: code, from: last.addingTimeInterval(-span), to: last.addingTimeInterval(60), resolution: resolution, for: access)
                var thresholds: [SensorSeriesChart.Threshold] = []
                for case .threshold(let rule) in sensor.rules {
                    for (level, value) in rule.limits.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                        thresholds.append(.init(value: value, label: text(level.messageKey), colour: LifelineAssetMap.fills[level] ?? "#8a8a8a"))
                    }
                }
                data["chart"] = SensorSeriesChart(
                    title: resolution == .minute
                        ? text("lifeline_series_title")
                        : catalogue.text("lifeline_series_title_hourly", language, text("lifeline_span_\(days)")),
                    unit: sensor.unit,
                    samples: rollups.map { .init(time: $0.start, value: $0.mean) }, thresholds: thresholds
                ).render()
            }
            return pages.render("lifeline-sensor", title: sensor.code, data: data, current: "/lifeline", context: context)
        }
    }
}
