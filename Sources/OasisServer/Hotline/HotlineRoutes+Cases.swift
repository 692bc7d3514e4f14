import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The handle-on-complaint loop over the JSON API.
extension HotlineRoutes {
    func taxonomy(_ request: Request, _ context: OasisRequestContext) -> Response {
        Response(
            status: .ok, headers: [.contentType: JSONResponse.contentType], body: .init(byteBuffer: ByteBuffer(bytes: cases.taxonomy.encodedJSON())))
    }

    func replaceTaxonomy(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<[String: String]> {
        try RequestParameters.requireJSON(request)
        let body = try await JSONResponse.collect(request, context: context)
        let taxonomy = try await cases.replaceTaxonomy(json: Array(buffer: body), by: context.principal)
        return JSONBody(["name": taxonomy.name, "version": taxonomy.version, "categories": String(taxonomy.categories.count)])
    }

    func submit(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<HotlineCase> {
        var input = try await JSONResponse.decode(CaseInput.self, from: request, context: context)
        // The citizen is told about the case in the language of the request unless the body names one.
        if input.reporter != nil, input.reporter?.language == nil { input.reporter?.language = context.language }
        let item = try await cases.submit(input, channel: "api", by: context.principal)
        return JSONBody(CaseService.redacted(item, for: context.principal), status: .created)
    }

    func list(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<CasePage> {
        let query = try Self.query(request)
        let page = try await store.cases.list(query, for: context.principal.access(for: .readCases))
        return JSONBody(CasePage(total: page.total, offset: query.offset, items: page.items.map { CaseService.redacted($0, for: context.principal) }))
    }

    func metrics(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<CaseRepository.MetricsRow>> {
        let text = RequestParameters.text(request, "by") ?? "unit"
        guard let dimension = CaseRollupDimension(rawValue: text) else {
            throw RequestParameters.choiceError("by", text, CaseRollupDimension.allCases.map(\.rawValue))
        }
        let rows = try await store.cases.metrics(
            dimension, from: try Self.month(request, "from"), to: try Self.month(request, "to"),
            byMonth: RequestParameters.flag(request, "monthly"), asOf: store.clock.now(), for: context.principal.access(for: .superviseCases))
        return JSONBody(ItemList(items: rows))
    }

    func hotspots(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<Hotspot>> {
        let now = CaseContribution.month(store.clock.now())
        let spots = try await store.cases.hotspots(
            from: try Self.month(request, "from") ?? now, to: try Self.month(request, "to") ?? now,
            for: context.principal.access(for: .superviseCases))
        return JSONBody(ItemList(items: spots.map { Hotspot(category: $0.category, region: $0.region, cases: $0.cases) }))
    }

    func setRoutingRule(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<[String: String]> {
        let rule = try await JSONResponse.decode(RoutingRuleInput.self, from: request, context: context)
        try await cases.setRoutingRule(category: rule.category, region: rule.region ?? "", unit: rule.unit, by: context.principal)
        return JSONBody(["category": rule.category, "region": rule.region ?? "", "unit": rule.unit])
    }

    func item(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<HotlineCase> {
        let id = try RequestParameters.id(context)
        guard let item = try await store.cases.get(id, for: context.principal.access(for: .readCases)) else {
            throw OasisError.notFound("Case", String(id))
        }
        return JSONBody(CaseService.redacted(item, for: context.principal))
    }

    func history(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<some Encodable> {
        JSONBody(ItemList(items: try await store.cases.events(of: try RequestParameters.id(context), for: context.principal.access(for: .readCases))))
    }

    func move(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<HotlineCase> {
        let input = try await JSONResponse.decode(CaseEventInput.self, from: request, context: context)
        let item = try await cases.apply(CaseEventInputValue(value: input), to: try RequestParameters.id(context), by: context.principal)
        return JSONBody(CaseService.redacted(item, for: context.principal))
    }

    func duplicates(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<HotlineCase>> {
        JSONBody(ItemList(items: try await cases.duplicates(of: try RequestParameters.id(context), by: context.principal)))
    }

    func merge(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<HotlineCase>> {
        let input = try await JSONResponse.decode(MergeInput.self, from: request, context: context)
        return JSONBody(ItemList(items: try await cases.merge(input.duplicates, into: try RequestParameters.id(context), by: context.principal)))
    }

    /// A month query parameter, written `YYYY-MM`.
    static func month(_ request: Request, _ name: String) throws(OasisError) -> String? {
        guard let text = RequestParameters.text(request, name) else { return nil }
        guard CalendarDay(text + "-01") != nil, text.count == 7 else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "\(name) is a month written YYYY-MM.", details: [.init(field: name, reason: "\"\(text)\"")])
        }
        return text
    }

    /// The queue's filters from the query.
    static func query(_ request: Request) throws(OasisError) -> CaseQuery {
        var query = CaseQuery()
        if let text = RequestParameters.text(request, "status") {
            for part in text.split(separator: ",") {
                guard let status = CaseStatus(rawValue: String(part)) else {
                    throw RequestParameters.choiceError("status", String(part), CaseStatus.allCases.map(\.rawValue))
                }
                query.statuses.append(status)
            }
        }
        if let text = RequestParameters.text(request, "unit") { query.unit = text }
        if let text = RequestParameters.text(request, "region") { query.region = try RequestParameters.regionCode(text, field: "region").rawValue }
        if let text = RequestParameters.text(request, "category") { query.categories = text.split(separator: ",").map(String.init) }
        query.supervisedOnly = RequestParameters.flag(request, "supervised")
        if let limit = try RequestParameters.limit(request) { query.limit = limit }
        if let offset = try RequestParameters.offset(request) { query.offset = offset }
        return query
    }
}
