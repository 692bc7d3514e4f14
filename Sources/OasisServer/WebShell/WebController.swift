import Foundation
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The server-rendered web shell: home with the region tree, region pages, sign-in and sign-out,
/// password change, users and the audit log.
struct WebController {
    let identity: IdentityService
    let pages: PageRenderer
    let configuration: ServerConfiguration
    let throttle: LoginThrottle

    var store: Store { identity.store }
    var catalogue: MessageCatalogue { pages.catalogue }

    /// Paths that belong to the web shell (and get HTML errors).
    static func isWebPath(_ path: String) -> Bool {
        path == "/" || path == "/login" || path == "/logout" || path == "/users" || path.hasPrefix("/users/") || path == "/audit"
            || path.hasPrefix("/regions/") || path.hasPrefix("/account/") || path.hasPrefix("/static/")
            || path == "/evaluation" || path.hasPrefix("/evaluation/")
            || path == "/promotion" || path == "/projects" || path.hasPrefix("/projects/")
            || path == "/hotline" || path.hasPrefix("/hotline/") || path == "/living-circles"
    }

    func register(on router: Router<OasisRequestContext>) {
        router.get("/static/oasis.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/") { _, context in try await page(context) { context in try await home(context) } }
        router.get("/regions/:code") { _, context in try await page(context) { context in try await region(context) } }
        router.get("/login") { request, context in
            try await page(context, allowPasswordChange: true) { context in
                pages.render("login", title: catalogue.text("login_title", context.language),
                             data: ["next": Self.safeNext(request.uri.queryParameters["next"].map(String.init))], current: "/login", context: context)
            }
        }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { request, context in
            try await checkCSRF(request, context)
            if let hash = context.sessionTokenHash { try await store.sessions.delete(tokenHash: hash) }
            var response = Response.redirect(to: "/", type: .found)
            response.setCookie(Cookie(name: CookieNames.session, value: "", maxAge: 0, path: "/", secure: configuration.cookiesAreSecure, httpOnly: true, sameSite: .lax))
            return response
        }
        router.get("/account/password") { _, context in
            try requireUser(context)
            return try await page(context, allowPasswordChange: true) { context in
                pages.render("password", title: catalogue.text("password_change_title", context.language), data: [:], current: "", context: context)
            }
        }
        router.post("/account/password") { request, context in try await changePassword(request, context) }
        router.get("/users") { _, context in
            try requireUser(context)
            return try await page(context) { context in
                let users = try await store.users.list(for: context.principal)
                let rows: [[String: Any]] = users.map { user in
                    [
                        "username": user.username, "displayName": user.displayName,
                        "role": catalogue.text(user.role.messageKey, context.language),
                        "scope": user.scope.coversAllRegions && user.scope.coversAllUnits
                            ? catalogue.text("scope_all", context.language)
                            : (user.scope.regions.map(\.rawValue) + user.scope.units).joined(separator: ", "),
                        "id": String(user.id),
                        "status": catalogue.text(user.disabled ? "user_status_disabled" : "user_status_active", context.language),
                        "action": user.disabled ? "enable" : "disable",
                        "actionLabel": catalogue.text(user.disabled ? "user_enable" : "user_disable", context.language),
                    ]
                }
                return pages.render("users", title: catalogue.text("users_title", context.language), data: ["users": rows], current: "/users", context: context)
            }
        }
        router.get("/audit") { _, context in
            try requireUser(context)
            return try await page(context) { context in try await auditPage(context) }
        }
    }

    // MARK: Pages

    func home(_ context: OasisRequestContext) async throws -> Response {
        let regions = try await store.regions.list(level: nil)
        let language = context.language
        let tree = RegionTree(regions)
        func describe(_ node: RegionTree.Node) -> [String: Any] {
            [
                "code": node.region.code.rawValue, "name": node.region.name(in: language),
                "population": NumberFormat.integer(node.region.population), "rate": NumberFormat.percent(node.region.urbanisationRate),
                "children": node.children.map(describe),
            ]
        }
        let legend = catalogue.text("region_population", language) + " · " + catalogue.text("region_urbanisation_rate", language)
        return pages.render("home", title: catalogue.text("nav_home", language),
                            data: ["tree": tree.roots.map(describe), "legend": legend], current: "/", context: context)
    }

    func region(_ context: OasisRequestContext) async throws -> Response {
        let code = try RegionController.code(context.parameters.get("code") ?? "", field: "code")
        guard let region = try await store.regions.get(code) else { throw OasisError.notFound("Region", code.rawValue) }
        let language = context.language
        let other: Language = language == .zhHans ? .en : .zhHans
        let children = try await store.regions.list(parent: code)
        let lineage = try await store.regions.lineage(of: code).dropLast()
        func figures(_ region: Region) -> [String: Any] {
            [
                "code": region.code.rawValue, "name": region.name(in: language),
                "population": NumberFormat.integer(region.population), "urbanPopulation": NumberFormat.integer(region.urbanPopulation),
                "rate": NumberFormat.percent(region.urbanisationRate),
            ]
        }
        var data = figures(region)
        data["otherName"] = region.name(in: other)
        data["level"] = catalogue.text(region.level.messageKey, language)
        data["censusYear"] = region.censusYear.map(String.init) ?? "—"
        data["lineage"] = lineage.map { ["code": $0.code.rawValue, "name": $0.name(in: language)] }
        data["children"] = children.map(figures)
        data["hasChildren"] = !children.isEmpty
        return pages.render("region", title: region.name(in: language), data: data, current: "", context: context)
    }

    func auditPage(_ context: OasisRequestContext) async throws -> Response {
        let language = context.language
        let events = try await store.audit.recent(limit: 200, for: context.principal)
        var data: [String: Any] = [
            "events": events.map { event -> [String: Any] in
                ["seq": event.seq, "at": NumberFormat.chinaTime(event.at), "actor": event.actorName, "action": event.action,
                 "entity": "\(event.entityType) \(event.entityID)"]
            },
        ]
        if context.principal.scope.coversAllRegions {
            let result = try await store.audit.verify()
            data["verification"] = result.isIntact
                ? catalogue.text("audit_chain_ok", language, String(result.eventCount))
                : catalogue.text("audit_chain_broken", language, result.problems.joined(separator: "; "))
            data["verificationClass"] = result.isIntact ? "ok" : "error"
            data["verificationIcon"] = result.isIntact ? "✔" : "✖"
        }
        return pages.render("audit", title: catalogue.text("audit_title", language), data: data, current: "/audit", context: context)
    }

    // MARK: Sign-in

    struct LoginForm: Decodable {
        var username: String?
        var password: String?
        var csrf: String?
        var next: String?
    }

    func login(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await Self.form(LoginForm.self, request, context)
        try checkCSRF(form.csrf, context)
        let username = (form.username ?? "").trimmingASCIIWhitespace()
        let address = context.clientAddress
        let wait = await throttle.waitSeconds(username: username, address: address)
        if wait > 0 {
            return renderLogin(error: catalogue.text("login_throttled", context.language, String(wait)), username: username,
                               next: form.next, context: context, status: .tooManyRequests)
        }
        guard let user = try await identity.authenticate(username: username, password: form.password ?? "") else {
            await throttle.recordFailure(username: username, address: address)
            return renderLogin(error: catalogue.text("login_failed", context.language), username: username, next: form.next,
                               context: context, status: .unauthorized)
        }
        await throttle.recordSuccess(username: username)
        let token = try await identity.startSession(for: user, lifetime: configuration.sessionLifetimeSeconds)
        if let old = context.sessionTokenHash { try await store.sessions.delete(tokenHash: old) }
        let target = user.mustChangePassword ? "/account/password" : Self.safeNext(form.next)
        var response = Response.redirect(to: target, type: .found)
        response.setCookie(Cookie(
            name: CookieNames.session, value: token, maxAge: Int(configuration.sessionLifetimeSeconds), path: "/",
            secure: configuration.cookiesAreSecure, httpOnly: true, sameSite: .lax
        ))
        return response
    }

    func renderLogin(error: String, username: String, next: String?, context: OasisRequestContext, status: HTTPResponse.Status) -> Response {
        pages.render("login", title: catalogue.text("login_title", context.language),
                     data: ["error": error, "username": username, "next": Self.safeNext(next)], current: "/login",
                     context: context, status: status)
    }

    struct PasswordForm: Decodable {
        var password: String?
        var repeat_: String?
        var csrf: String?
        enum CodingKeys: String, CodingKey {
            case password
            case repeat_ = "repeat"
            case csrf
        }
    }

    func changePassword(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try requireUser(context)
        let form = try await Self.form(PasswordForm.self, request, context)
        try checkCSRF(form.csrf, context)
        let password = form.password ?? ""
        var error: String?
        if password.count < 10 {
            error = catalogue.text("password_too_short", context.language)
        } else if password != (form.repeat_ ?? "") {
            error = catalogue.text("password_mismatch", context.language)
        }
        if let error {
            return pages.render("password", title: catalogue.text("password_change_title", context.language),
                                data: ["error": error], current: "", context: context, status: .badRequest)
        }
        try await identity.changePassword(userID: context.principal.userID!, to: password, by: context.principal)
        return Response.redirect(to: "/", type: .found)
    }

    // MARK: Helpers

    /// Runs a page handler with a CSRF cookie in place and the one-time-password rule applied.
    func page(_ context: OasisRequestContext, allowPasswordChange: Bool = false,
              _ body: (OasisRequestContext) async throws -> Response) async throws -> Response {
        if context.mustChangePassword, !allowPasswordChange {
            return Response.redirect(to: "/account/password", type: .found)
        }
        var context = context
        var newToken: String?
        if context.csrfToken == nil || context.csrfToken!.isEmpty {
            newToken = SecretToken.generate()
            context.csrfToken = newToken
        }
        var response = try await body(context)
        if let newToken {
            response.setCookie(Cookie(name: CookieNames.csrf, value: newToken, path: "/", secure: configuration.cookiesAreSecure,
                                      httpOnly: true, sameSite: .strict))
        }
        return response
    }

    func requireUser(_ context: OasisRequestContext) throws(OasisError) {
        guard context.principal.kind == .user else { throw OasisError.unauthenticated }
    }

    /// Double-submit check: the form's token must equal the browser's CSRF cookie.
    func checkCSRF(_ submitted: String?, _ context: OasisRequestContext) throws(OasisError) {
        guard let cookie = context.csrfToken, !cookie.isEmpty, let submitted,
              SecretToken.constantTimeEquals(cookie, submitted)
        else {
            throw OasisError(kind: .forbidden, code: "csrf_failed", message: catalogue.text("csrf_failed", context.language))
        }
    }

    func checkCSRF(_ request: Request, _ context: OasisRequestContext) async throws {
        struct Token: Decodable { var csrf: String? }
        let form = try await Self.form(Token.self, request, context)
        try checkCSRF(form.csrf, context)
    }

    static func form<T: Decodable>(_ type: T.Type, _ request: Request, _ context: OasisRequestContext) async throws -> T {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else {
            throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type",
                             message: "Submit this form as application/x-www-form-urlencoded.")
        }
        let body = try await JSONResponse.collect(request, context: context)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: body))
        } catch {
            throw OasisError.invalid(code: "invalid_form", message: "The form could not be read.", details: [DecodingErrorDetail.detail(error)])
        }
    }

    /// Only same-site relative paths are followed after sign-in.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.hasPrefix("/login") else { return "/" }
        return next
    }
}
