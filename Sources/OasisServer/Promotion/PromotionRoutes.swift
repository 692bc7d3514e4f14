import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The promotion mechanism: policies, plans, schemes and tasks, the project library with its lifecycle and
/// progress reports, boundaries, the status views and the upward progress report over the API; each measure's
/// status, the library and one project in the browser.
struct PromotionRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/policies", .api, .permission(.readProjects), Self.policies),
        Route(.get, "/api/v1/policies/:id", .api, .permission(.readProjects), Self.policy),
        Route(.post, "/api/v1/policies", .api, .permission(.writeProjects), Self.savePolicy),
        Route(.get, "/api/v1/boundaries", .api, .permission(.readProjects), Self.boundaries),
        Route(.put, "/api/v1/boundaries/:region", .api, .permission(.writeProjects), Self.saveBoundary),
        Route(.get, "/api/v1/measures/status", .api, .permission(.readProjects), Self.measureStatus),
        Route(.get, "/api/v1/promotion/delays", .api, .permission(.readProjects), Self.delays),
        Route(.get, "/api/v1/reports/progress", .api, .permission(.readProjects), Self.progressReport),
        Route(.get, "/api/v1/plans", .api, .permission(.readProjects), Self.plans),
        Route(.post, "/api/v1/plans", .api, .permission(.writeProjects), Self.createPlan),
        Route(.get, "/api/v1/plans/:id", .api, .permission(.readProjects), Self.plan),
        Route(.post, "/api/v1/plans/:id/schemes", .api, .permission(.writeProjects), Self.createScheme),
        Route(.put, "/api/v1/plans/:id", .api, .permission(.writeProjects), Self.updatePlan),
        Route(.put, "/api/v1/schemes/:id", .api, .permission(.writeProjects), Self.updateScheme),
        Route(.post, "/api/v1/schemes/:id/tasks", .api, .permission(.writeProjects), Self.addTask),
        Route(.put, "/api/v1/tasks/:id", .api, .permission(.writeProjects), Self.updateTask),
        Route(.post, "/api/v1/tasks/:id/status", .api, .permission(.writeProjects), Self.setTaskStatus),
        Route(.get, "/api/v1/projects", .api, .permission(.readProjects), Self.projects),
        Route(.post, "/api/v1/projects", .api, .permission(.writeProjects), Self.saveProjects),
        Route(.get, "/api/v1/projects/export", .api, .permission(.readProjects), Self.exportProjects),
        Route(.post, "/api/v1/projects/import", .api, .permission(.writeProjects), Self.importProjects),
        Route(.get, "/api/v1/projects/:id", .api, .permission(.readProjects), Self.project),
        Route(.post, "/api/v1/projects/:id/stage", .api, .permission(.writeProjects), Self.moveProject),
        Route(.get, "/api/v1/projects/:id/reports", .api, .permission(.readProjects), Self.progressReports),
        Route(.post, "/api/v1/projects/:id/reports", .api, .permission(.writeProjects), Self.addProgressReport),
        Route(.get, "/promotion", .web, .permission(.readProjects), Self.overviewPage),
        Route(.get, "/projects", .web, .permission(.readProjects), Self.libraryPage),
        Route(.get, "/projects/new", .web, .permission(.writeProjects), Self.newProjectPage),
        Route(.post, "/projects/new", .web, .permission(.writeProjects), Self.createProjectForm),
        Route(.get, "/projects/:id", .web, .permission(.readProjects), Self.projectPage),
        Route(.get, "/projects/:id/edit", .web, .permission(.writeProjects), Self.editProjectPage),
        Route(.post, "/projects/:id/edit", .web, .permission(.writeProjects), Self.updateProjectForm),
        Route(.post, "/projects/:id/stage", .web, .permission(.writeProjects), Self.moveProjectForm),
        Route(.post, "/projects/:id/reports", .web, .permission(.writeProjects), Self.addReportForm),
        Route(.get, "/plans", .web, .permission(.readProjects), Self.plansPage),
        Route(.post, "/plans", .web, .permission(.writeProjects), Self.createPlanForm),
        Route(.get, "/plans/:id", .web, .permission(.readProjects), Self.planPage),
        Route(.post, "/plans/:id/schemes", .web, .permission(.writeProjects), Self.createSchemeForm),
        Route(.get, "/plans/:id/edit", .web, .permission(.writeProjects), Self.editPlanPage),
        Route(.post, "/plans/:id/edit", .web, .permission(.writeProjects), Self.updatePlanForm),
        Route(.get, "/schemes/:id/edit", .web, .permission(.writeProjects), Self.editSchemePage),
        Route(.post, "/schemes/:id/edit", .web, .permission(.writeProjects), Self.updateSchemeForm),
        Route(.get, "/schemes/:id/tasks/new", .web, .permission(.writeProjects), Self.newTaskPage),
        Route(.post, "/schemes/:id/tasks/new", .web, .permission(.writeProjects), Self.addTaskForm),
        Route(.get, "/tasks/:id/edit", .web, .permission(.writeProjects), Self.editTaskPage),
        Route(.post, "/tasks/:id/edit", .web, .permission(.writeProjects), Self.updateTaskForm),
        Route(.post, "/tasks/:id/status", .web, .permission(.writeProjects), Self.taskStatusForm),
        Route(.get, "/static/site-drawing.js", .static, .anyone, Self.siteDrawingScript),
    ]

    let promotion: PromotionService
    let pages: WebPages

    var store: Store { promotion.store }
    var catalogue: MessageCatalogue { pages.catalogue }

    /// The project library's filters from the query.
    static func query(_ request: Request) throws(OasisError) -> ProjectQuery {
        var query = ProjectQuery(limit: 100)
        query.region = try RequestParameters.region(request)
        query.stage = try RequestParameters.choice(request, "stage", ProjectStage.self)
        query.type = try RequestParameters.choice(request, "type", ProjectType.self)
        query.unit = RequestParameters.text(request, "unit")
        if let text = RequestParameters.text(request, "policy") { query.policyID = text }
        query.measure = try RequestParameters.integer(request, "measure")
        query.limit = try RequestParameters.limit(request) ?? query.limit
        if let offset = try RequestParameters.offset(request) { query.offset = offset }
        return query
    }
}
