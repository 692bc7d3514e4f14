import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Working calendars: list what is loaded (built-in and loaded national years, regional layers, office hours)
/// with the administrators' coverage warning, load a calendar file (JSON API and the admin page's form).
struct CalendarRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/calendars", .api, .permission(.readCases), Self.list),
        Route(.put, "/api/v1/calendars", .api, .permission(.manageUsers), Self.load),
        Route(.get, "/admin/calendars", .web, .permission(.manageUsers), Self.page),
        Route(.post, "/admin/calendars", .web, .permission(.manageUsers), Self.loadForm),
    ]

    let calendars: CalendarService
    let pages: WebPages

    var catalogue: MessageCatalogue { pages.catalogue }

    func list(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<CalendarListing> {
        JSONBody(CalendarListing(entries: try await calendars.listing(), warning: try await calendars.coverageWarning()))
    }

    func load(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<CalendarListing> {
        try RequestParameters.requireJSON(request)
        let body = try await JSONResponse.collect(request, context: context)
        try await calendars.load(json: Array(buffer: body), by: context.principal)
        return JSONBody(CalendarListing(entries: try await calendars.listing(), warning: try await calendars.coverageWarning()))
    }
}
