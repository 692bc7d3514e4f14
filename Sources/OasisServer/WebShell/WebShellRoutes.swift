import Foundation
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The web shell: its stylesheet and script, the home page with the region tree, signing in and out.
struct WebShellRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/static/oasis.css", .static, .anyone, allowsPasswordChange: true, Self.stylesheet),
        Route(.get, "/static/oasis.js", .static, .anyone, Self.script),
        Route(.get, "/static/map-zoom.js", .static, .anyone, Self.mapZoomScript),
        Route(.get, "/", .web, .anyone, Self.home),
        Route(.get, "/login", .web, .anyone, allowsPasswordChange: true, Self.loginPage),
        Route(.post, "/login", .web, .anyone, allowsPasswordChange: true, Self.login),
        Route(.post, "/logout", .web, .anyone, allowsPasswordChange: true, Self.logout),
    ]

    let identity: IdentityService
    let pages: WebPages
    let configuration: ServerConfiguration
    let throttle: LoginThrottle

    var store: Store { identity.store }
    var catalogue: MessageCatalogue { pages.catalogue }

    func stylesheet(_ request: Request, _ context: OasisRequestContext) -> Response {
        Self.asset(Stylesheet.css, type: "text/css; charset=utf-8")
    }

    func script(_ request: Request, _ context: OasisRequestContext) -> Response {
        Self.asset(Script.js, type: "text/javascript; charset=utf-8")
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func home(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let regions = try await store.regions.list(level: nil)
            let language = context.language
            let tree = RegionTree(regions)
            func describe(_ node: RegionTree.Node) -> [String: Any] {
                [
                    "code": node.region.code.rawValue, "name": node.region.name(in: language),
                    "nameLang": node.region.nameLanguage(in: language).rawValue,
                    "population": NumberFormat.integer(node.region.population), "rate": NumberFormat.percent(node.region.urbanisationRate),
                    "children": node.children.map(describe),
                ]
            }
            let legend = catalogue.text("region_population", language) + " · " + catalogue.text("region_urbanisation_rate", language)
            return pages.render(
                "home", title: catalogue.text("nav_home", language),
                data: ["tree": tree.roots.map(describe), "legend": legend, "latinName": language != .en], current: "/", context: context)
        }
    }

    func loginPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context, allowPasswordChange: true) { context in
            pages.render(
                "login", title: catalogue.text("login_title", context.language),
                data: ["next": WebPages.safeNext(RequestParameters.text(request, "next"))], current: "/login", context: context)
        }
    }

    struct LoginForm: Decodable {
        var username: String?
        var password: String?
        var csrf: String?
        var next: String?
    }

    func login(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(LoginForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let username = (form.username ?? "").trimmingASCIIWhitespace()
        var state = FormState(values: ["username": username], secretFields: ["password"])
        if username.isEmpty { state.reject("username", "form_error_required") }
        if (form.password ?? "").isEmpty { state.reject("password", "form_error_required") }
        if state.hasErrors { return renderLogin(state, next: form.next, context: context) }
        let address = context.clientAddress
        let wait = await throttle.waitSeconds(username: username, address: address)
        if wait > 0 {
            state.reject(nil, "login_throttled", String(wait))
            state.status = .tooManyRequests
            return renderLogin(state, next: form.next, context: context)
        }
        guard let user = try await identity.authenticate(username: username, password: form.password ?? "") else {
            await throttle.recordFailure(username: username, address: address)
            state.reject(nil, "login_failed")
            state.status = .unauthorized
            return renderLogin(state, next: form.next, context: context)
        }
        await throttle.recordSuccess(username: username)
        let token = try await identity.startSession(for: user, lifetime: configuration.sessionLifetimeSeconds)
        if let old = context.sessionTokenHash { try await store.sessions.delete(tokenHash: old) }
        let target = user.mustChangePassword ? "/account/password" : WebPages.safeNext(form.next)
        var response = Response.redirect(to: target, type: .found)
        response.setCookie(
            Cookie(
                name: CookieNames.session, value: token, maxAge: Int(configuration.sessionLifetimeSeconds), path: "/",
                secure: configuration.cookiesAreSecure, httpOnly: true, sameSite: .lax
            ))
        return response
    }

    /// The sign-in page again with the username kept and the errors shown.
    func renderLogin(_ state: FormState, next: String?, context: OasisRequestContext) -> Response {
        pages.render(
            "login", title: catalogue.text("login_title", context.language), data: ["next": WebPages.safeNext(next)], form: state,
            current: "/login", context: context)
    }

    func logout(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.checkCSRF(request, context)
        if let hash = context.sessionTokenHash { try await store.sessions.delete(tokenHash: hash) }
        var response = Response.redirect(to: "/", type: .found)
        response.setCookie(
            Cookie(
                name: CookieNames.session, value: "", maxAge: 0, path: "/", secure: configuration.cookiesAreSecure,
                httpOnly: true, sameSite: .lax))
        return response
    }
}
