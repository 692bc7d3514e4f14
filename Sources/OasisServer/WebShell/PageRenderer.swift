import Foundation
import Hummingbird
import Mustache
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// Renders pages: a content template inside the layout, with the catalogue in the page's language.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let catalogue: MessageCatalogue

    init(catalogue: MessageCatalogue = .standard) {
        var library = MustacheLibrary()
        let templates: [String: String] = [
            "layout": Templates.layout, "nav-items": Templates.navItems, "home": Templates.home, "login": Templates.login, "error": Templates.error,
            "region": PlatformTemplates.region, "audit": PlatformTemplates.audit,
            "password": IdentityTemplates.changePassword, "users": IdentityTemplates.users,
            "user-password": IdentityTemplates.oneTimePassword, "user-tokens": IdentityTemplates.tokens,
            "evaluation": EvaluationTemplates.overview, "evaluation-region": EvaluationTemplates.region,
            "evaluation-problems": EvaluationTemplates.problems, "evaluation-framework": EvaluationTemplates.framework,
            "evaluation-import": EvaluationTemplates.importPage,
            "hotline-submit": HotlineCitizenTemplates.submit, "hotline-track": HotlineCitizenTemplates.track, "hotline-queue": HotlineTemplates.queue,
            "hotline-case": HotlineTemplates.detail, "hotline-dashboard": HotlineTemplates.dashboard, "hotline-mine": HotlineCitizenTemplates.mine,
            "hotline-units": HotlineTemplates.units,
            "living-circles": LivingCircleTemplates.page, "calendars": CalendarTemplates.page, "lifeline": LifelineTemplates.page,
            "lifeline-sensor": LifelineTemplates.sensor, "lifeline-hazards": MajorHazardTemplates.page, "grids": GridTemplates.page,
            "promotion": PromotionTemplates.overview, "projects": PromotionTemplates.library, "project": PromotionTemplates.project,
        ]
        for (name, text) in templates.merging(PlannerPages.templates, uniquingKeysWith: { first, _ in first }) {
            // The templates are compiled into the binary and covered by tests; a parse error is a build defect.
            try! library.register(text, named: name)
        }
        self.library = library
        self.catalogue = catalogue
    }

    /// The navigation: modules that exist link to their pages; those still to come are shown as such.
    func navigation(current: String, context: OasisRequestContext) -> [[String: Any]] {
        let language = context.language
        var items: [(String, String?)] = [
            ("nav_home", "/"), ("nav_evaluation", "/evaluation"), ("nav_hotline", "/hotline"), ("nav_projects", "/promotion"),
            ("nav_living_circles", "/living-circles"), ("nav_lifeline", "/lifeline"), ("nav_shelters", "/living-circles#shelters"),
        ]
        if context.principal.can(.readCases) { items.append(("nav_grids", "/grids")) }
        if context.principal.can(.manageUsers) { items.append(("nav_users", "/users")) }
        if context.principal.can(.manageUsers) { items.append(("nav_calendars", "/admin/calendars")) }
        if context.principal.can(.readAudit), context.principal.kind == .user { items.append(("nav_audit", "/audit")) }
        return items.map { key, href in
            var item: [String: Any] = ["label": catalogue.text(MessageKey(key), language), "current": href == current]
            if let href { item["href"] = href }
            return item
        }
    }

    func render(
        _ template: String, title: String, data: [String: Any], current: String, context: OasisRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let language = context.language
        let table = catalogue.table(for: language)
        var pageData = data
        pageData["t"] = table
        pageData["csrf"] = context.csrfToken ?? ""
        let content = library.render(pageData, withTemplate: template) ?? ""
        var layoutData: [String: Any] = [
            "t": table, "lang": language.rawValue, "dir": language.dir,
            "languages": Language.allCases.map { other -> [String: Any] in
                [
                    "tag": other.rawValue, "dir": other.dir, "name": other.nativeName, "current": other == language,
                    "href": Self.languageLink(query: context.query, to: other),
                ]
            }, "title": title, "content": content,
            "nav": navigation(current: current, context: context), "csrf": context.csrfToken ?? "",
        ]
        if context.principal.kind == .user {
            let role = context.principal.role.map { catalogue.text($0.messageKey, language) } ?? ""
            layoutData["user"] = true
            // The username is the user's own word, in no page language: marked so (translate="no"), and isolated.
            let name = "<bdi translate=\"no\">" + HTML.escape(context.principal.username) + "</bdi>"
            layoutData["signedInAs"] = HTML.escape(catalogue.text("signed_in_as", language, "\u{E000}", role))
                .replacingOccurrences(of: "\u{E000}", with: name)
        }
        let rendered = library.render(layoutData, withTemplate: "layout") ?? ""
        // On right-to-left pages every number–number range is isolated left to right, whatever wrote it.
        let html = BidiIsolation.page(rendered, in: language)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// The link that shows the same page in another language: the page's query kept (filters, year, the tracked
    /// case), its `lang` replaced.
    static func languageLink(query: String, to language: Language) -> String {
        let kept = query.split(separator: "&").filter { !$0.isEmpty && !$0.hasPrefix("lang=") }
        return "?" + (kept.map(String.init) + ["lang=" + language.rawValue]).joined(separator: "&")
    }

    func errorPage(_ error: OasisError, context: OasisRequestContext) -> Response {
        let message: String
        switch error.kind {
        case .notFound: message = catalogue.text("error_not_found", context.language)
        case .forbidden where error.code == OasisError.passwordChangeRequired.code:
            message = catalogue.text("error_password_change_required", context.language)
        case .forbidden: message = catalogue.text("error_forbidden", context.language)
        case .unavailable where error.code == StoreError.busyCode: message = catalogue.text("error_store_busy", context.language)
        default: message = error.message
        }
        let details = error.details.map(\.description)
        return render(
            "error", title: catalogue.text("error_title", context.language),
            data: ["message": message, "details": details.isEmpty ? false : ["items": details]],
            current: "", context: context, status: error.kind.status
        )
    }
}
