import Foundation
import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The lifeline page (`/lifeline`): the alert queue for those who read cases, with the steps a duty officer may take
/// as buttons, and the assets for those who read layers; each within the user's scope.
extension LifelineRoutes {
    struct StepForm: Decodable {
        var csrf: String?
        var step: String?
    }

    /// At most this many alerts and assets are listed.
    static let pageLimit = 500

    func page(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await render(context) }
    }

    func stepForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(StepForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        guard let step = form.step.flatMap(LifelineAlertStep.init(rawValue:)) else {
            throw RequestParameters.choiceError("step", form.step ?? "", LifelineAlertStep.allCases.map(\.rawValue))
        }
        do {
            _ = try await lifeline.step(step, alert: try RequestParameters.id(context), by: context.principal)
            return Response.redirect(to: "/lifeline", type: .found)
        } catch {
            let mapped = OasisError.from(error)
            guard mapped.kind == .conflict || mapped.kind == .invalid else { throw error }
            return try await pages.page(context) { context in try await render(context, problem: mapped.message) }
        }
    }

    func render(_ context: OasisRequestContext, problem: String? = nil) async throws -> Response {
        let language = context.language
        let principal = context.principal
        func text(_ key: String) -> String { catalogue.text(MessageKey(key), language) }
        var data: [String: Any] = ["problem": problem ?? false]
        let showAlerts = principal.can(.readCases)
        let showAssets = principal.can(.readLayers)
        if showAlerts {
            let alerts = try await store.lifeline.alerts(limit: Self.pageLimit, for: principal.access(for: .readCases))
            let names = Dictionary(
                try await store.lifeline.assets(for: .system).filter { asset in alerts.contains { $0.asset == asset.code } }.map {
                    ($0.code, $0.name)
                },
                uniquingKeysWith: { first, _ in first })
            let canStep = principal.can(.dispatchCases)
            data["alerts"] = alerts.map { alert -> [String: Any] in
                var steps: [[String: Any]] = []
                if canStep {
                    for step in LifelineAlertStep.allCases where step.allowedFrom.contains(alert.status) {
                        steps.append(["step": step.rawValue, "label": text("lifeline_step_\(step.rawValue)"), "id": alert.id])
                    }
                }
                var row: [String: Any] = [
                    "id": alert.id, "levelNumber": alert.level.rawValue, "level": text(alert.level.messageKey), "cleared": alert.clearedAt != nil,
                    "sensor": alert.sensor, "sensorLink": showAssets,
                    "sensorPath": alert.sensor.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? alert.sensor,
                    "asset": alert.asset, "assetName": names[alert.asset] ?? "",
                    "status": text(alert.status.messageKey.rawValue), "opened": NumberFormat.chinaTime(alert.openedAt),
                    "escalation": text(alert.escalation.messageKey.rawValue), "steps": steps,
                ]
                if let caseID = alert.caseID { row["caseID"] = caseID }
                return row
            }
            data["hasAlerts"] = !alerts.isEmpty
        }
        if showAssets {
            let access = try principal.access(for: .readLayers)
            let assets = try await store.lifeline.assets(for: access)
            let sensors = Dictionary(grouping: try await store.lifeline.sensors(for: access), by: \.asset)
            let regions = Dictionary(
                try await store.regions.list().map { ($0.code.rawValue, $0.names.text(in: language)) }, uniquingKeysWith: { first, _ in first })
            let units = try await store.cases.unitNames(in: language)
            data["assets"] = assets.prefix(Self.pageLimit).map { asset -> [String: Any] in
                [
                    "code": asset.code, "name": asset.name, "kind": text(asset.kind.messageKey.rawValue),
                    "owner": units[asset.ownerUnit] ?? asset.ownerUnit,
                    "region": regions[asset.region] ?? asset.region, "length": NumberFormat.decimal(asset.lengthMeters, places: 1),
                    "sensors": sensors[asset.code]?.count ?? 0,
                ]
            }
            data["hasAssets"] = !assets.isEmpty
            if !assets.isEmpty {
                // An asset the user may see shows its state, whoever may read the alerts themselves.
                let open = try await store.lifeline.alerts(
                    statuses: LifelineAlertStatus.allCases.filter { $0 != .closed }, limit: 10_000, for: .system)
                data["assetMap"] = LifelineAssetMap(assets: Array(assets.prefix(Self.pageLimit)), states: LifelineAssetMap.states(of: open))
                    .render(catalogue: catalogue, language: language)
            }
        }
        data["showAlerts"] = showAlerts
        data["showAssets"] = showAssets
        data["canImportSensors"] = showAssets && principal.can(.writeLayers)
        data["nothing"] = !showAlerts && !showAssets
        return pages.render(
            "lifeline", title: text("nav_lifeline"), data: data, current: "/lifeline", context: context, status: problem == nil ? .ok : .conflict)
    }
}
