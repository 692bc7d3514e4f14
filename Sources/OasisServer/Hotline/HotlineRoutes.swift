import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The citizen hotline ("handle on complaint"): the taxonomy, intake, the queue, each case with its history, the
/// steps of the loop, duplicates and merging, routing rules, metrics and hotspots over the JSON API; Open311
/// GeoReport v2 under `/open311/v2/`; and the pages for each role (citizens submit and track, dispatchers work the
/// queue, unit handlers see their unit's cases, supervisors get the dashboard).
struct HotlineRoutes: RouteCollection {
    /// Every route but the taxonomy may show a case with its reporter's details: `personal`, never cached.
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/case-categories", .api, .anyone, Self.taxonomy),
        Route(.put, "/api/v1/case-categories", .api, .permission(.manageUsers), Self.replaceTaxonomy),
        Route(.post, "/api/v1/cases", .api, .permission(.submitCases), personal: true, Self.submit),
        Route(.get, "/api/v1/cases", .api, .permission(.readCases), personal: true, Self.list),
        Route(.get, "/api/v1/cases/metrics", .api, .permission(.superviseCases), personal: true, Self.metrics),
        Route(.get, "/api/v1/cases/hotspots", .api, .permission(.superviseCases), personal: true, Self.hotspots),
        Route(.put, "/api/v1/routing-rules", .api, .permission(.dispatchCases), personal: true, Self.setRoutingRule),
        Route(.get, "/api/v1/case-units", .api, .permission(.readCases), Self.listUnits),
        Route(.put, "/api/v1/case-units", .api, .permission(.manageUsers), Self.saveUnit),
        Route(.delete, "/api/v1/case-units/:name", .api, .permission(.manageUsers), Self.removeUnit),
        Route(.get, "/api/v1/cases/:id", .api, .permission(.readCases), personal: true, Self.item),
        Route(.get, "/api/v1/cases/:id/events", .api, .permission(.readCases), personal: true, Self.history),
        // Which step a role may take is the step's own rule (the case service's).
        Route(.post, "/api/v1/cases/:id/events", .api, .signedIn, personal: true, Self.move),
        Route(.get, "/api/v1/cases/:id/duplicates", .api, .permission(.dispatchCases), personal: true, Self.duplicates),
        Route(.post, "/api/v1/cases/:id/merge", .api, .permission(.dispatchCases), personal: true, Self.merge),
        // A photo is served to whoever may see its case (checked by the handler); staff add them within their scope.
        Route(.get, "/api/v1/cases/:id/photos/:photo", .api, .anyone, personal: true, Self.photo),
        Route(.post, "/api/v1/cases/:id/photos", .api, .permission(.readCases), personal: true, Self.addPhoto),
        // Open311 is open: a POST names its user with `api_key` in the form.
        Route(.get, "/open311/v2/:resource", .open311, .anyone, personal: true, Self.open311Resource),
        Route(.post, "/open311/v2/:resource", .open311, .anyone, personal: true, Self.open311Submit),
        Route(.get, "/open311/v2/services/:file", .open311, .anyone, personal: true, Self.open311Definition),
        Route(.get, "/open311/v2/requests/:file", .open311, .anyone, personal: true, Self.open311Request),
        Route(.get, "/open311/v2/tokens/:file", .open311, .anyone, personal: true, Self.open311Token),
        Route(.get, "/hotline/new", .web, .anyone, personal: true, Self.submitPage),
        Route(.post, "/hotline/new", .web, .anyone, personal: true, Self.submitForm),
        Route(.get, "/hotline/track", .web, .anyone, personal: true, Self.trackPage),
        Route(.get, "/hotline/mine", .web, .signedIn, personal: true, Self.minePage),
        Route(.get, "/hotline/units", .web, .permission(.manageUsers), personal: true, Self.unitsPage),
        Route(.post, "/hotline/units", .web, .permission(.manageUsers), personal: true, Self.unitsForm),
        Route(.post, "/hotline/units/remove", .web, .permission(.manageUsers), personal: true, Self.unitsRemoveForm),
        Route(.get, "/static/hotline.js", .static, .anyone, Self.script),
        // Anyone not signed in is sent to the public form; signed-in users who may not read cases get it here.
        Route(.get, "/hotline", .web, .anyone, personal: true, Self.queuePage),
        Route(.get, "/hotline/dashboard", .web, .permission(.superviseCases), personal: true, Self.dashboardPage),
        Route(.get, "/hotline/cases/:id", .web, .permission(.readCases), personal: true, Self.detailPage),
        Route(.post, "/hotline/cases/:id/step", .web, .signedIn, personal: true, Self.stepForm),
        Route(.post, "/hotline/cases/:id/photos", .web, .permission(.readCases), personal: true, Self.photoForm),
    ]

    /// Who submits through the public form when nobody is signed in.
    static let webForm = Principal(kind: .user, userID: nil, username: "web-form", role: .citizen, scope: .everything)

    let cases: CaseService
    let jurisdictions: Open311Jurisdictions
    /// Open311 `api_key`s, resolved to their users.
    let keys: APIKeyCache
    /// Citizen submissions (Open311 POSTs and the web form) per minute per key or user and per client address.
    let limiter: RateLimiter
    let pages: WebPages
    /// Photos of cases: checked, written to the photo folder, recorded in the store.
    let photos: CasePhotos

    var store: Store { cases.store }

    func script(_ request: Request, _ context: OasisRequestContext) -> Response {
        WebShellRoutes.asset(HotlineScript.js, type: "text/javascript; charset=utf-8")
    }
    var catalogue: MessageCatalogue { pages.catalogue }
}
