import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Edits of plans, schemes and tasks over the API: the body is the record as created (a plan's region and policy, a
/// scheme's tasks and a task's status in it are ignored; they change elsewhere or not at all).
extension PromotionRoutes {
    func updatePlan(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<PromotionPlan> {
        var plan = try await JSONResponse.decode(PromotionPlan.self, from: request, context: context)
        plan.id = try RequestParameters.id(context)
        return JSONBody(try await store.plans.update(plan, by: context.principal.access(for: .writeProjects)))
    }

    func updateScheme(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ImplementationScheme> {
        var scheme = try await JSONResponse.decode(ImplementationScheme.self, from: request, context: context)
        scheme.id = try RequestParameters.id(context)
        return JSONBody(try await store.plans.updateScheme(scheme, by: context.principal.access(for: .writeProjects)))
    }

    func addTask(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<SchemeTask> {
        let id = try RequestParameters.id(context)
        let task = try await JSONResponse.decode(SchemeTask.self, from: request, context: context)
        return JSONBody(try await store.plans.addTask(task, toScheme: id, by: context.principal.access(for: .writeProjects)), status: .created)
    }

    func updateTask(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<SchemeTask> {
        var task = try await JSONResponse.decode(SchemeTask.self, from: request, context: context)
        task.id = try RequestParameters.id(context)
        return JSONBody(try await store.plans.updateTask(task, by: context.principal.access(for: .writeProjects)))
    }
}
