import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The citizen's pages: the public form (kept with each problem beside its field when it fails), tracking by the
/// case's code, and a signed-in citizen's own requests.
extension HotlineRoutes {
    func submitPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await submission(context, form: SubmitForm()) }
    }

    func submitForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        // The page sends multipart/form-data (it may carry a photo); a form without one may come url-encoded.
        let upload = RequestContentType(request).mediaType == "multipart/form-data" ? try await Self.multipart(request, context) : nil
        let form: SubmitForm
        if let upload { form = Self.submitForm(from: upload) } else { form = try await WebPages.form(SubmitForm.self, request, context) }
        try pages.checkCSRF(form.csrf, context)
        do {
            // The photo is checked before anything is written, and stored with the case.
            let photo = try Self.optionalPhoto(upload).map { part throws(OasisError) in
                try photos.checked(part.bytes, field: Self.photoField, shareLocation: Self.sharesLocation(upload))
            }
            let item = try await submitCase(form, context)
            if let photo { _ = try await photos.add(photo, to: item.id, by: try submitter(context).access(for: .submitCases), checkScope: false) }
            let code = try await store.cases.trackingCode(of: item.id)
            return Response.redirect(to: "/hotline/track?code=\(code)&created=1", type: .found)
        } catch {
            // The form comes back with what was typed and what to correct; anything else is the edge's to answer.
            let mapped = OasisError.from(error)
            guard mapped.kind == .invalid || mapped.kind == .tooManyRequests || Self.photoRefusals[mapped.code] != nil else { throw error }
            return try await pages.page(context) { context in try await submission(context, form: form, error: mapped) }
        }
    }

    /// The form's case: typed coordinates read as decimals, the district as the region when the location does not
    /// say it (no area stored, or the point in none), checked and registered like every other intake.
    func submitCase(_ form: SubmitForm, _ context: OasisRequestContext) async throws -> HotlineCase {
        var details: [OasisError.Detail] = []
        func number(_ text: String?, _ field: String) -> Double? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = DecimalText.number(text) else {
                details.append(.init(field: field, reason: "\"\(text.prefix(64))\" is not a number in decimal notation"))
                return nil
            }
            return value
        }
        let latitude = number(form.latitude, "latitude")
        let longitude = number(form.longitude, "longitude")
        var region = form.region.flatMap { $0.isEmpty ? nil : $0 }
        if let latitude, let longitude, (-90...90).contains(latitude), (-180...180).contains(longitude) {
            region = try await store.regionAreas.locate(GeoPoint(longitude: longitude, latitude: latitude)) ?? region
        }
        if region == nil { details.append(.init(field: "region", reason: "choose the district: the location does not say it")) }
        let input = CaseInput(
            kind: .request, requestType: form.requestType, category: form.category ?? "", channel: "web", priority: nil,
            description: form.description, longitude: longitude, latitude: latitude, coordinateSystem: .wgs84,
            address: form.address, region: region, reporter: CaseReporter(name: form.name, phone: form.phone, language: context.language),
            attachments: nil)
        // Every problem at once: the form's own with the intake's check (which `submit` runs on a form without them).
        if !details.isEmpty {
            do {
                _ = try cases.intakeValidator.validate(input, regionExists: true, channel: "web", at: store.clock.now())
            } catch {
                details += error.details
            }
            throw OasisError.invalid(code: "case_invalid", message: "The case has \(details.count) problem(s).", details: details)
        }
        let principal = submitter(context)
        try limiter.require(principal.userID.map { ["user:\($0)", "addr:" + context.clientAddress] } ?? ["addr:" + context.clientAddress])
        return try await cases.submit(input, channel: "web", by: principal)
    }

    /// Who submits through the public form: the signed-in user, else the form itself.
    func submitter(_ context: OasisRequestContext) -> Principal {
        context.principal.kind == .user ? context.principal : Self.webForm
    }

    /// The public form's fields from its multipart body.
    static func submitForm(from form: MultipartForm) -> SubmitForm {
        func value(_ name: String) -> String? { form.part(name)?.text }
        return SubmitForm(
            csrf: value("csrf"), category: value("category"), requestType: value("requestType"), description: value("description"),
            address: value("address"), latitude: value("latitude"), longitude: value("longitude"), region: value("region"), name: value("name"),
            phone: value("phone"))
    }

    func trackPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await track(request, context) }
    }

    func minePage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            var submitted: [(item: HotlineCase, code: String)] = []
            if let userID = context.principal.userID { submitted = try await store.cases.submitted(by: userID) }
            let rows: [[String: Any]] = submitted.map { item, code in
                [
                    "code": code, "grouped": TrackingCode.grouped(code), "category": categoryName(item.category, context),
                    "status": statusName(item.status, context), "registered": NumberFormat.chinaTime(item.registeredAt),
                    "description": String(item.description.prefix(80)),
                ]
            }
            return pages.render(
                "hotline-mine", title: t("hotline_mine", context), data: ["cases": rows, "hasCases": !rows.isEmpty], current: "/hotline",
                context: context)
        }
    }

    /// The public form, empty or as it was sent with the problems beside their fields.
    func submission(_ context: OasisRequestContext, form: SubmitForm, error: OasisError? = nil) async throws -> Response {
        let taxonomy = cases.taxonomy
        let groups = taxonomy.categories.filter { $0.parent == nil && $0.kind.isService }.map { group -> [String: Any] in
            let items = taxonomy.categories.filter {
                cases.leafCategories.contains($0.code) && taxonomy.lineage($0.code).contains { $0.code == group.code }
            }
            return [
                "group": group.name(context.language),
                "items": items.map { ["code": $0.code, "name": $0.name(context.language), "selected": $0.code == form.category] },
            ]
        }
        let areas = try await store.regionAreas.all()
        var names: [String: String] = [:]
        for region in try await store.regions.list() { names[region.code.rawValue] = region.names.text(in: context.language) }
        let map = HotlineMap(outlines: areas.map { .init(code: $0.code, name: names[$0.code] ?? $0.code, depth: $0.depth, area: $0.area) })
        let data: [String: Any] = [
            "categories": groups,
            "requestTypes": taxonomy.requestTypes.map {
                ["code": $0.code, "name": $0.name(context.language), "selected": $0.code == form.requestType]
            },
            "districts": try await districts(context, selected: form.region), "hasAreas": !areas.isEmpty,
            "map": map.render(title: t("hotline_map_label", context)) ?? false, "signedIn": context.principal.kind == .user,
        ]
        // What was typed comes back, each problem beside its field in the page's language (`FormState`).
        let values = [
            "description": form.description ?? "", "address": form.address ?? "", "latitude": form.latitude ?? "",
            "longitude": form.longitude ?? "", "name": form.name ?? "", "phone": form.phone ?? "", "category": form.category ?? "",
            "requestType": form.requestType ?? "", "region": form.region ?? "",
        ]
        let state = Self.formState(
            values, after: error, fields: Self.submitFields, fallback: "description", prefix: "hotline_error_",
            other: FormRefusal(kind: .tooManyRequests, key: "hotline_error_rate", status: .tooManyRequests))
        return pages.render(
            "hotline-submit", title: t("hotline_submit_title", context), data: data, form: state, current: "/hotline", context: context)
    }

    /// The form's field that shows a problem the intake names (`CaseInput`'s names; the reporter's under contact).
    static let submitFields = [
        "category": "category", "requestType": "requestType", "description": "description", "address": "description", "latitude": "latitude",
        "longitude": "longitude", "coordinateSystem": "latitude", "region": "region", "media": "media",
    ]

    /// The districts a citizen may name, grouped by their prefecture: every county-level region (every region when
    /// the store holds none at county level).
    func districts(_ context: OasisRequestContext, selected: String?) async throws -> [[String: Any]] {
        let regions = try await store.regions.list()
        let counties = regions.filter { $0.level == .county }
        let byCode = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = counties.isEmpty ? regions : counties
        var groups: [(key: String, name: String, items: [[String: Any]])] = []
        for region in chosen {
            let parent = region.parentCode.flatMap { byCode[$0] }
            let key = parent?.code.rawValue ?? ""
            let item: [String: Any] = [
                "code": region.code.rawValue, "name": region.names.text(in: context.language), "selected": region.code.rawValue == selected,
                "nameLang": region.nameLanguage(in: context.language).rawValue,
            ]
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].items.append(item)
            } else {
                groups.append((key, parent?.names.text(in: context.language) ?? "—", [item]))
            }
        }
        return groups.map { ["group": $0.name, "items": $0.items] }
    }

    func track(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let typed = request.uri.queryParameters["code"].map(String.init) ?? ""
        var data: [String: Any] = ["typed": typed, "found": false, "missing": !typed.isEmpty]
        var status = HTTPResponse.Status.ok
        if let (item, code) = try await store.cases.byTrackingCode(typed) {
            let events = try await store.cases.events(of: item.id, for: .system)
            let reply = events.last { $0.event == CaseStep.reportBack.event }
            data = [
                "typed": "", "found": true, "missing": false, "code": TrackingCode.grouped(code), "category": categoryName(item.category, context),
                // The reporter's own case in full (what the public never sees of hidden or redacted cases); not the
                // contact details, which a shared code would otherwise give away.
                "description": item.description, "address": item.address.flatMap { $0.isEmpty ? nil : $0 } ?? false,
                "status": statusName(item.status, context), "registered": NumberFormat.chinaTime(item.registeredAt),
                "dispatched": item.dispatchedAt.map(NumberFormat.chinaTime) ?? false, "closed": item.closedAt.map(NumberFormat.chinaTime) ?? false,
                "due": item.closedAt == nil ? item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? false : false,
                "reply": reply?.detail ?? false, "replyAt": reply.map { NumberFormat.chinaTime($0.at) } ?? "",
                "created": request.uri.queryParameters["created"] != nil
                    ? t("hotline_created_code_note", context, TrackingCode.grouped(code)) : false,
                // The public view shows what happened and when, never who.
                "events": events.map { ["at": NumberFormat.chinaTime($0.at), "label": statusName($0.status, context)] },
            ]
        } else if !typed.isEmpty {
            status = .notFound
        }
        return pages.render(
            "hotline-track", title: t("hotline_tracking_title", context), data: data, current: "/hotline", context: context, status: status)
    }
}
