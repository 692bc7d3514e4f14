import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Strategic plans, their implementation schemes and tasks.
extension PromotionRoutes {
    func plans(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<PromotionPlan>> {
        JSONBody(ItemList(items: try await store.plans.plans(for: context.principal.access(for: .readProjects))))
    }

    func createPlan(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<PromotionPlan> {
        let plan = try await JSONResponse.decode(PromotionPlan.self, from: request, context: context)
        return JSONBody(try await store.plans.create(plan, by: context.principal.access(for: .writeProjects)), status: .created)
    }

    func plan(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<PlanDetail> {
        let id = try RequestParameters.id(context)
        let access = try context.principal.access(for: .readProjects)
        guard let plan = try await store.plans.plan(id, for: access) else { throw OasisError.notFound("Plan", String(id)) }
        return JSONBody(PlanDetail(plan: plan, schemes: try await store.plans.schemes(plan: id, for: access)))
    }

    func createScheme(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ImplementationScheme> {
        let id = try RequestParameters.id(context)
        var scheme = try await JSONResponse.decode(ImplementationScheme.self, from: request, context: context)
        scheme.planID = id
        return JSONBody(try await store.plans.createScheme(scheme, by: context.principal.access(for: .writeProjects)), status: .created)
    }

    func setTaskStatus(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<some Encodable> {
        let id = try RequestParameters.id(context)
        let change = try await JSONResponse.decode(TaskStatusChange.self, from: request, context: context)
        return JSONBody(
            try await store.plans.setTaskStatus(id, to: change.status, doneOn: change.doneOn, by: context.principal.access(for: .writeProjects)))
    }
}
