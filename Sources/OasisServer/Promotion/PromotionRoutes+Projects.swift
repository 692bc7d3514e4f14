import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The project library: a page of projects with their flags, saving, export and import, one project, its stage
/// and its progress reports.
extension PromotionRoutes {
    func projects(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ProjectPage> {
        let query = try Self.query(request)
        let page = try await store.projects.list(query, for: context.principal.access(for: .readProjects))
        return JSONBody(ProjectPage(total: page.total, offset: query.offset, items: try await promotion.views(page.items)))
    }

    func saveProjects(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<PromotionService.ProjectView>> {
        let input = try await JSONResponse.decode(Projects.self, from: request, context: context)
        return JSONBody(ItemList(items: try await promotion.save(input.items, by: context.principal)), status: .created)
    }

    func exportProjects(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let text = RequestParameters.text(request, "format") ?? "csv"
        guard let format = ProjectFileFormat(rawValue: text.lowercased()) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "Unknown export format.",
                details: [.init(field: "format", reason: "\"\(text)\" is not csv or xlsx")])
        }
        var query = try Self.query(request)
        query.limit = nil
        let bytes = try await promotion.exportProjects(query, format: format, by: context.principal)
        return Response(
            status: .ok, headers: [.contentType: format.contentType, .contentDisposition: "attachment; filename=\"projects.\(format.rawValue)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A refusal comes back in the request's language, or as the marked file with `?marked=1` (`ImportRefusal`).
    func importProjects(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await ImportRefusal(catalogue: pages.catalogue, store: store, foldsPlace: false).run(
            request, context, language: ImportRefusal.askedLanguage(request), defaultName: "projects"
        ) {
            upload in
            let outcome = try await promotion.importProjects(
                upload.bytes, fileName: upload.fileName, acceptValid: upload.acceptValid, by: context.principal)
            return JSONBody(outcome, status: outcome.created + outcome.updated > 0 ? .created : .ok)
        }
    }

    func project(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<PromotionService.ProjectView> {
        JSONBody(try await promotion.view(try RequestParameters.id(context), by: context.principal))
    }

    func moveProject(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<PromotionService.ProjectView> {
        let change = try await JSONResponse.decode(StageChange.self, from: request, context: context)
        return JSONBody(
            try await promotion.advance(projectID: try RequestParameters.id(context), to: change.stage, on: change.on, by: context.principal))
    }

    /// A project's reports; 404, as for the project itself, when it does not exist or lies outside the reader's scope.
    func progressReports(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<ProgressReport>> {
        let id = try RequestParameters.id(context)
        let access = try context.principal.access(for: .readProjects)
        guard try await store.projects.get(id, for: access) != nil else { throw OasisError.notFound("Project", String(id)) }
        return JSONBody(ItemList(items: try await store.progressReports.list(projectID: id, for: access)))
    }

    func addProgressReport(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ProgressReport> {
        var report = try await JSONResponse.decode(ProgressReport.self, from: request, context: context)
        report.projectID = try RequestParameters.id(context)
        return JSONBody(try await store.progressReports.add(report, by: context.principal.access(for: .writeProjects)), status: .created)
    }
}
