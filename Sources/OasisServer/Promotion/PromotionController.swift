import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisImport
import OasisStore

/// The promotion mechanism over HTTP: policies, plans, schemes and tasks, the project library with its
/// lifecycle and progress reports, boundaries, the status views and the upward progress report.
struct PromotionController {
    let promotion: PromotionService
    var store: Store { promotion.store }

    struct StageChange: Decodable {
        var stage: ProjectStage
        var on: Date?
    }

    struct TaskStatusChange: Decodable {
        var status: TaskStatus
        var doneOn: Date?
    }

    struct ProjectPage: Encodable {
        var total: Int
        var offset: Int
        var items: [PromotionService.ProjectView]
    }

    struct PlanDetail: Encodable {
        var plan: PromotionPlan
        var schemes: [ImplementationScheme]
    }

    struct Projects: Decodable {
        var items: [RenewalProject]

        init(from decoder: any Decoder) throws {
            if let list = try? [RenewalProject](from: decoder) {
                items = list
            } else {
                items = [try RenewalProject(from: decoder)]
            }
        }
    }

    func register(on router: Router<OasisRequestContext>) {
        registerPlans(on: router)
        registerProjects(on: router)
        router.get("/api/v1/policies") { _, context in
            try context.principal.require(.readProjects)
            return try JSONResponse.encode(ItemList(items: try await store.policies.list()))
        }
        router.get("/api/v1/policies/:id") { _, context in
            try context.principal.require(.readProjects)
            let id = context.parameters.get("id") ?? ""
            guard let policy = try await store.policies.get(id) else { throw OasisError.notFound("Policy", id) }
            return try JSONResponse.encode(policy)
        }
        router.post("/api/v1/policies") { request, context in
            try context.principal.require(.writeProjects)
            let body = try await JSONResponse.collect(request, context: context)
            try RequestParameters.requireJSON(request)
            let policy = try Policy.decode(json: Array(buffer: body), framework: try await store.frameworks.activeOrBuiltIn())
            try await store.policies.save(policy, by: context.principal)
            return try JSONResponse.encode(policy, status: .created)
        }
        router.get("/api/v1/boundaries") { _, context in
            try context.principal.require(.readProjects)
            return try JSONResponse.encode(ItemList(items: try await store.boundaries.list().map { ["region": $0.region, "name": $0.name] }))
        }
        router.put("/api/v1/boundaries/:region") { request, context in
            let region = try RegionController.code(context.parameters.get("region") ?? "", field: "region").rawValue
            try context.principal.require(.writeProjects)
            try RequestParameters.requireJSON(request)
            let body = try await JSONResponse.collect(request, context: context)
            let area = try BoundaryGeoJSONReader.read(Array(buffer: body))
            let name = request.uri.queryParameters["name"].map(String.init) ?? "urban development boundary"
            try await store.boundaries.save(region: region, name: name, area: area, by: context.principal)
            return try JSONResponse.encode(["region": region, "name": name, "polygons": String(area.polygons.count)], status: .created)
        }
        router.get("/api/v1/measures/status") { request, context in
            let policy = request.uri.queryParameters["policy"].map(String.init) ?? Policy.builtInID
            let region = try request.uri.queryParameters["region"].map { try RegionController.code(String($0), field: "region").rawValue }
            return try JSONResponse.encode(try await promotion.measureStatus(policyID: policy, region: region, by: context.principal))
        }
        router.get("/api/v1/promotion/delays") { request, context in
            let region = try request.uri.queryParameters["region"].map { try RegionController.code(String($0), field: "region").rawValue }
            return try JSONResponse.encode(try await promotion.delays(region: region, by: context.principal))
        }
        router.get("/api/v1/reports/progress") { request, context in
            let region = try request.uri.queryParameters["region"].map { try RegionController.code(String($0), field: "region").rawValue }
            let year = try RequestParameters.integer(request, "year")
            let language = request.uri.queryParameters["lang"].flatMap { Language(tag: String($0)) } ?? context.language
            let html = try await promotion.progressReport(region: region, year: year, language: language, by: context.principal)
            // The report is self-contained: inline styles and SVG, no scripts.
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                                   .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:"],
                            body: .init(byteBuffer: ByteBuffer(string: html)))
        }
    }

    func registerPlans(on router: Router<OasisRequestContext>) {
        router.get("/api/v1/plans") { _, context in
            try JSONResponse.encode(ItemList(items: try await store.plans.plans(for: context.principal)))
        }
        router.post("/api/v1/plans") { request, context in
            let plan = try await JSONResponse.decode(PromotionPlan.self, from: request, context: context)
            return try JSONResponse.encode(try await store.plans.create(plan, by: context.principal), status: .created)
        }
        router.get("/api/v1/plans/:id") { _, context in
            let id = try RequestParameters.id(context)
            guard let plan = try await store.plans.plan(id, for: context.principal) else { throw OasisError.notFound("Plan", String(id)) }
            return try JSONResponse.encode(PlanDetail(plan: plan, schemes: try await store.plans.schemes(plan: id, for: context.principal)))
        }
        router.post("/api/v1/plans/:id/schemes") { request, context in
            let id = try RequestParameters.id(context)
            var scheme = try await JSONResponse.decode(ImplementationScheme.self, from: request, context: context)
            scheme.planID = id
            return try JSONResponse.encode(try await store.plans.createScheme(scheme, by: context.principal), status: .created)
        }
        router.post("/api/v1/tasks/:id/status") { request, context in
            let id = try RequestParameters.id(context)
            let change = try await JSONResponse.decode(TaskStatusChange.self, from: request, context: context)
            return try JSONResponse.encode(try await store.plans.setTaskStatus(id, to: change.status, doneOn: change.doneOn, by: context.principal))
        }
    }

    func registerProjects(on router: Router<OasisRequestContext>) {
        router.get("/api/v1/projects") { request, context in
            let query = try Self.query(request)
            let page = try await store.projects.list(query, for: context.principal)
            return try JSONResponse.encode(ProjectPage(total: page.total, offset: query.offset, items: try await promotion.views(page.items)))
        }
        router.post("/api/v1/projects") { request, context in
            let input = try await JSONResponse.decode(Projects.self, from: request, context: context)
            return try JSONResponse.encode(ItemList(items: try await promotion.save(input.items, by: context.principal)), status: .created)
        }
        router.get("/api/v1/projects/export") { request, context in
            let text = request.uri.queryParameters["format"].map(String.init) ?? "csv"
            guard let format = ProjectFileFormat(rawValue: text.lowercased()) else {
                throw OasisError.invalid(code: "invalid_parameter", message: "Unknown export format.", details: [.init(field: "format", reason: "\"\(text)\" is not csv or xlsx")])
            }
            var query = try Self.query(request)
            query.limit = nil
            let bytes = try await promotion.exportProjects(query, format: format, by: context.principal)
            return Response(status: .ok, headers: [.contentType: format.contentType, .contentDisposition: "attachment; filename=\"projects.\(format.rawValue)\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.post("/api/v1/projects/import") { request, context in
            try context.principal.require(.writeProjects)
            let upload = try await TableUpload.read(request, context: context, defaultName: "projects")
            let outcome = try await promotion.importProjects(upload.bytes, fileName: upload.fileName, acceptValid: upload.acceptValid, by: context.principal)
            return try JSONResponse.encode(outcome, status: outcome.created + outcome.updated > 0 ? .created : .ok)
        }
        router.get("/api/v1/projects/:id") { _, context in
            try JSONResponse.encode(try await promotion.view(try RequestParameters.id(context), by: context.principal))
        }
        router.post("/api/v1/projects/:id/stage") { request, context in
            let change = try await JSONResponse.decode(StageChange.self, from: request, context: context)
            return try JSONResponse.encode(try await promotion.advance(projectID: try RequestParameters.id(context), to: change.stage, on: change.on, by: context.principal))
        }
        router.get("/api/v1/projects/:id/reports") { _, context in
            try JSONResponse.encode(ItemList(items: try await store.progressReports.list(projectID: try RequestParameters.id(context), for: context.principal)))
        }
        router.post("/api/v1/projects/:id/reports") { request, context in
            var report = try await JSONResponse.decode(ProgressReport.self, from: request, context: context)
            report.projectID = try RequestParameters.id(context)
            return try JSONResponse.encode(try await store.progressReports.add(report, by: context.principal), status: .created)
        }
    }

    static func query(_ request: Request) throws(OasisError) -> ProjectQuery {
        let parameters = request.uri.queryParameters
        var query = ProjectQuery(limit: 100)
        if let text = parameters["region"] { query.region = try RegionController.code(String(text), field: "region").rawValue }
        if let text = parameters["stage"] {
            guard let stage = ProjectStage(rawValue: String(text)) else { throw RequestParameters.choiceError("stage", String(text), ProjectStage.allCases.map(\.rawValue)) }
            query.stage = stage
        }
        if let text = parameters["type"] {
            guard let type = ProjectType(rawValue: String(text)) else { throw RequestParameters.choiceError("type", String(text), ProjectType.allCases.map(\.rawValue)) }
            query.type = type
        }
        if let text = parameters["unit"] { query.unit = String(text) }
        if let text = parameters["policy"] { query.policyID = String(text) }
        query.measure = try RequestParameters.integer(request, "measure")
        if let limit = try RequestParameters.integer(request, "limit") {
            guard (1...1_000).contains(limit) else { throw OasisError.invalid(code: "invalid_parameter", message: "limit must be 1–1000.", details: [.init(field: "limit", reason: "\(limit)")]) }
            query.limit = limit
        }
        if let offset = try RequestParameters.offset(request) { query.offset = offset }
        return query
    }

}
