import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// Open311 GeoReport v2 under `/open311/v2/`: discovery, services, service definitions, POST requests (with an
/// Oasis API token as `api_key`), GET requests with the spec's filters, one request, and token lookup; every
/// resource in XML or JSON by its extension, errors in the spec's error list.
extension HotlineRoutes {
    func open311Resource(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await Self.answer(context.parameters.get("resource") ?? "") { name, format in
            switch name {
            case "discovery": return discovery(origin: PublicOrigin.of(request, context)).document
            case "services": return Open311Service.listDocument(cases.catalogue(context.language).services)
            case "requests": return try await requests(request, context)
            case "servicerequestupdates": return try await updates(request, context)
            default: throw OasisError.notFound("Open311 resource", name)
            }
        }
    }

    func open311Submit(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await Self.answer(context.parameters.get("resource") ?? "") { name, _ in
            guard name == "requests" else { throw OasisError.notFound("Open311 resource", name) }
            let body = try await JSONResponse.collect(request, context: context)
            // GeoReport v2's multipart extension (as FixMyStreet sends it): the form's fields with the photo as `media`.
            if RequestContentType(request).mediaType == "multipart/form-data" {
                let form = try MultipartForm.parse(Array(buffer: body), contentType: request.headers[.contentType] ?? "")
                return try await open311Intake(Open311Form(pairs: form.fields), photo: form, context: context)
            }
            return try await open311Intake(Array(buffer: body), context: context)
        }
    }

    func open311Definition(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await Self.answer(context.parameters.get("file") ?? "") { code, _ in
            guard let definition = cases.catalogue(context.language).definition(code) else {
                throw OasisError.notFound("Service", code)
            }
            return definition.document
        }
    }

    /// One request: a case the public may see, as it may see it, or — for staff who may read cases — one in their
    /// scope in full. A hidden case answers 404, like one that does not exist.
    func open311Request(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await Self.answer(context.parameters.get("file") ?? "") { id, _ in
            let snapshot = cases.box.current
            let staff = Self.staffAccess(context)
            var shown: (item: HotlineCase, full: Bool)?
            if let number = Int64(id) {
                if let staff, let item = try await store.cases.get(number, for: staff) {
                    shown = (item, true)
                } else if let item = try await store.cases.get(number, for: .system) {
                    shown = snapshot.publication.publicView(item).map { ($0, false) }
                }
            }
            guard let shown else { throw OasisError.notFound("Service request", id) }
            return Open311ServiceRequest.listDocument([
                Self.serviceRequest(
                    shown.item, taxonomy: snapshot.taxonomy, language: context.language, full: shown.full, origin: PublicOrigin.of(request, context))
            ])
        }
    }

    func open311Token(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await Self.answer(context.parameters.get("file") ?? "") { token, _ in
            guard let item = try await store.cases.byToken(token) else { throw OasisError.notFound("Token", token) }
            return Open311TokenLookup(serviceRequestID: String(item.id), token: token).document
        }
    }

    /// Runs `body` for `name.format` and writes its document, or the spec's error list with the right status.
    static func answer(_ file: String, _ body: (String, Open311Format) async throws -> Open311Document) async throws -> Response {
        let dot = file.lastIndex(of: ".")
        let format = dot.flatMap { Open311Format(pathExtension: String(file[file.index(after: $0)...])) } ?? .xml
        let name = dot.map { String(file[..<$0]) } ?? file
        do {
            guard dot != nil, Open311Format(pathExtension: String(file[file.index(after: dot!)...])) != nil else {
                throw OasisError.notFound("Open311 format of", file + " (use .xml or .json)")
            }
            let document = try await body(name, format)
            return Response(
                status: .ok, headers: [.contentType: format.contentType], body: .init(byteBuffer: ByteBuffer(bytes: document.encoded(format))))
        } catch {
            // Store errors a client can act on (a busy database: 503 with Retry-After) answer in the spec's format
            // too; anything internal goes to the edge, which logs it and hides its text.
            let mapped = OasisError.from(error)
            guard mapped.kind != .internal else { throw error }
            let status = HTTPResponse.Status(code: Open311Error.httpStatus(for: mapped))
            var headers: HTTPFields = [.contentType: format.contentType]
            ErrorResponder.applyRetryAfter(mapped, to: &headers)
            return Response(
                status: status, headers: headers,
                body: .init(byteBuffer: ByteBuffer(bytes: Open311Error.document(Open311Error.list(for: mapped)).encoded(format))))
        }
    }

    func discovery(origin: String) -> Open311Discovery {
        // The services change only when a taxonomy is put in use.
        let changeset = W3CDateTime(cases.box.current.since).description
        return Open311Discovery(
            changeset: changeset, contact: "Oasis operators", keyService: "API tokens: oasis user token --username NAME --name KEY",
            endpoints: [
                Open311Endpoint(
                    url: origin + "/open311/v2", changeset: changeset, type: .production,
                    formats: ["text/xml", "application/json"])
            ])
    }

    /// POST requests: the form checked against the services, the api_key resolved to a user who may submit.
    func open311Intake(_ body: [UInt8], context: OasisRequestContext) async throws -> Open311Document {
        try await open311Intake(try Open311Form.parse(body), photo: nil, context: context)
    }

    /// POST requests from a form read already; `photo`, a multipart form whose `media` file is checked before the
    /// case is registered (nothing is written when it is refused) and stored with it.
    func open311Intake(_ form: Open311Form, photo: MultipartForm?, context: OasisRequestContext) async throws -> Open311Document {
        let language = context.language
        let validator = Open311IntakeValidator(catalogue: cases.catalogue(language), jurisdictions: jurisdictions, cases: cases.intakeValidator)
        let intake = try validator.validate(form, at: store.clock.now().wholeMilliseconds)
        guard let principal = try await keys.principal(forKey: intake.apiKey) else {
            throw OasisError(
                kind: .forbidden, code: "open311_api_key_invalid", message: "Invalid api_key.",
                details: [.init(field: "api_key", reason: "not a valid API key")])
        }
        context.logNote.record(username: principal.username)
        try limiter.require(["key:" + intake.apiKey, "addr:" + context.clientAddress])
        guard var newCase = intake.newCase else {
            throw OasisError(kind: .internal, code: "open311_intake_unchecked", message: "The request was not checked.")
        }
        // What the citizen is told about the case is written in the language they wrote in: the form's `locale` or
        // `lang`, else the request's (Accept-Language), else zh-Hans; kept on the case even when they left no contact.
        let reporterLanguage = intake.language ?? language
        newCase.reporter = newCase.reporter ?? CaseReporter()
        newCase.reporter?.language = reporterLanguage
        let checkedPhoto = try Self.optionalPhoto(photo).map { part throws(OasisError) in
            try photos.checked(part.bytes, field: Self.photoField, shareLocation: Self.sharesLocation(photo))
        }
        let item = try await cases.submit(checked: newCase, by: principal)
        if let checkedPhoto { _ = try await photos.add(checkedPhoto, to: item.id, by: try principal.access(for: .submitCases), checkScope: false) }
        let notice = MessageCatalogue.standard.text("open311_received", reporterLanguage)
        return Open311RequestReceipt(reference: .serviceRequestID(String(item.id)), serviceNotice: notice, accountID: intake.accountID).document
    }

    /// What a principal who may read cases may read (nil for the public: anonymous callers and citizens).
    static func staffAccess(_ context: OasisRequestContext) -> StoreAccess? {
        try? context.principal.access(for: .readCases)
    }

    /// GET requests with the spec's filters (ids, service codes, start/end date, status), newest first: the cases the
    /// public may see, as it may see them (`CasePublication`); staff who may read cases get the cases of their scope in
    /// full and the others as the public does.
    func requests(_ request: Request, _ context: OasisRequestContext) async throws -> Open311Document {
        let pairs = request.uri.queryParameters.map { (key: String($0.key), value: String($0.value)) }
        let query = try Open311RequestQuery.parse(Open311Form(pairs: pairs), now: store.clock.now(), jurisdictions: jurisdictions)
        let snapshot = cases.box.current
        var caseQuery = CaseQuery(limit: query.pageSize, offset: query.offset)
        caseQuery.excludedCodes = snapshot.hiddenCodes
        if !query.serviceRequestIDs.isEmpty {
            caseQuery.ids = query.serviceRequestIDs.compactMap { Int64($0) }
            if caseQuery.ids.isEmpty { return Open311ServiceRequest.listDocument([]) }
        } else {
            caseQuery.categories = query.serviceCodes
            caseQuery.registeredFrom = query.start.secondsSince1970
            caseQuery.registeredTo = query.end.secondsSince1970
            if query.statuses.count == 1, let only = query.statuses.first {
                caseQuery.statuses = CaseStatus.allCases.filter { $0.open311Status == only }
            }
        }
        let staff = Self.staffAccess(context)
        // Staff: their scope's cases (hidden ones included) in full, the rest as the public sees them.
        if staff != nil { caseQuery.excludedCodes = [] }
        let items = try await store.cases.list(caseQuery, for: .system).items
        let mine = try await inScope(items.map(\.id), of: staff)
        let shown = items.compactMap { item -> (HotlineCase, Bool)? in
            if mine.contains(item.id) { return (item, true) }
            return snapshot.publication.publicView(item).map { ($0, false) }
        }
        return Open311ServiceRequest.listDocument(
            shown.map {
                Self.serviceRequest(
                    $0.0, taxonomy: snapshot.taxonomy, language: context.language, full: $0.1, origin: PublicOrigin.of(request, context))
            })
    }

    /// Which of `ids` a staff member's scope holds (none for the public).
    func inScope(_ ids: [Int64], of staff: StoreAccess?) async throws -> Set<Int64> {
        guard let staff, !ids.isEmpty else { return [] }
        let query = CaseQuery(ids: Array(Set(ids)), limit: ids.count)
        return Set(try await store.cases.list(query, for: staff).items.map(\.id))
    }

    /// GET servicerequestupdates (the extension FixMyStreet uses to follow requests): every recorded step of the cases
    /// the public may see (staff: also those of their scope) from `start_date` to `end_date` (the spec's 90-day
    /// window and defaults, as for requests), oldest first, paged by `page` and `page_size`.
    func updates(_ request: Request, _ context: OasisRequestContext) async throws -> Open311Document {
        let pairs = request.uri.queryParameters.map { (key: String($0.key), value: String($0.value)) }
        let form = Open311Form(pairs: pairs)
        let query = try Open311RequestQuery.parse(form, now: store.clock.now(), jurisdictions: jurisdictions)
        let snapshot = cases.box.current
        var caseQuery = CaseQuery(categories: query.serviceCodes, limit: query.pageSize, offset: query.offset)
        let staff = Self.staffAccess(context)
        if staff == nil { caseQuery.excludedCodes = snapshot.hiddenCodes }
        let from = Date(timeIntervalSince1970: query.start.secondsSince1970)
        let to = Date(timeIntervalSince1970: query.end.secondsSince1970)
        var rows = try await store.cases.updates(from: from, to: to, query: caseQuery, for: .system)
        if staff != nil {
            // Hidden cases outside the staff member's scope stay out.
            let mine = try await inScope(rows.map(\.item.id), of: staff)
            rows = rows.filter { mine.contains($0.item.id) || snapshot.publication.visibility(of: $0.item) != .hidden }
        }
        return Open311RequestUpdate.listDocument(rows.map { Self.update($0, language: context.language) })
    }

    /// A recorded step as an update: its status in FixMyStreet's words and the status note as its description (the
    /// notes staff write are never published), times in China time.
    static func update(_ row: CaseRepository.Update, language: Language) -> Open311RequestUpdate {
        let closure = row.status.isOpen ? nil : row.item.workflow.closure
        let notes = row.status.open311Notes(closure: closure, language: language)
        return Open311RequestUpdate(
            updateID: String(row.id), serviceRequestID: String(row.item.id), status: row.status.fixMyStreetStatus(closure: closure),
            updatedDatetime: W3CDateTime(row.at, utcOffsetSeconds: CaseContribution.chinaTime.secondsFromGMT(for: row.at)),
            description: notes ?? MessageCatalogue.standard.text(row.status.messageKey, language))
    }

    /// A case as an Open311 request. `full` (staff within scope) keeps the exact location; otherwise `item` is
    /// already the public view (`CasePublication`, which keeps the photos of public cases only). `media_url` is the
    /// first photo's route (absolute, on `origin`), else for staff the first attachment's URL. `expected_datetime` is
    /// the case's resolution deadline.
    static func serviceRequest(_ item: HotlineCase, taxonomy: CaseTaxonomy, language: Language = .zhHans, full: Bool = false, origin: String = "")
        -> Open311ServiceRequest
    {
        let offset = CaseContribution.chinaTime.secondsFromGMT(for: item.registeredAt)
        return Open311ServiceRequest(
            serviceRequestID: String(item.id), status: item.status.open311Status,
            statusNotes: item.status.open311Notes(closure: item.workflow.closure, language: language),
            serviceName: taxonomy.category(item.category)?.name(language), serviceCode: item.category,
            description: item.description.isEmpty ? nil : item.description,
            agencyResponsible: item.workflow.unit ?? item.workflow.lastHandlingUnit,
            requestedDatetime: W3CDateTime(item.registeredAt, utcOffsetSeconds: offset),
            updatedDatetime: W3CDateTime(item.closedAt ?? item.dispatchedAt ?? item.registeredAt, utcOffsetSeconds: offset),
            expectedDatetime: item.deadlines.map { W3CDateTime($0.resolveBy, utcOffsetSeconds: offset) }, address: item.address,
            latitude: item.location?.latitude, longitude: item.location?.longitude, mediaURL: mediaURL(item, origin: origin, full: full)
        )
    }

    static func mediaURL(_ item: HotlineCase, origin: String, full: Bool) -> String? {
        if let photo = item.attachments.first(where: { $0.photo != nil }), let url = photo.url { return origin + url }
        return full ? item.attachments.first?.url : nil
    }
}
