import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The alert queue and the duty officers' steps: acknowledge, dispatch (files a case for the owner unit), resolve,
/// close. A step the alert's status does not allow gets 409.
extension LifelineRoutes {
    func listAlerts(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<LifelineAlert>> {
        let access = try context.principal.access(for: .readCases)
        var statuses: [LifelineAlertStatus] = []
        if let text = RequestParameters.text(request, "status") {
            for part in text.split(separator: ",") {
                guard let status = LifelineAlertStatus(rawValue: String(part)) else {
                    throw RequestParameters.choiceError("status", String(part), LifelineAlertStatus.allCases.map(\.rawValue))
                }
                statuses.append(status)
            }
        }
        return JSONBody(
            ItemList(
                items: try await store.lifeline.alerts(
                    statuses: statuses, region: try RequestParameters.region(request), sensor: RequestParameters.text(request, "sensor"),
                    limit: try RequestParameters.limit(request) ?? 200, offset: try RequestParameters.offset(request) ?? 0, for: access)))
    }

    func alert(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineAlert> {
        let id = try RequestParameters.id(context)
        guard let alert = try await store.lifeline.alert(id, for: context.principal.access(for: .readCases)) else {
            throw OasisError.notFound("Alert", String(id))
        }
        return JSONBody(alert)
    }

    func acknowledge(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineAlert> {
        JSONBody(try await lifeline.step(.acknowledge, alert: try RequestParameters.id(context), by: context.principal))
    }

    func dispatch(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineAlert> {
        JSONBody(try await lifeline.step(.dispatch, alert: try RequestParameters.id(context), by: context.principal))
    }

    func resolve(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineAlert> {
        JSONBody(try await lifeline.step(.resolve, alert: try RequestParameters.id(context), by: context.principal))
    }

    func close(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LifelineAlert> {
        JSONBody(try await lifeline.step(.close, alert: try RequestParameters.id(context), by: context.principal))
    }
}
