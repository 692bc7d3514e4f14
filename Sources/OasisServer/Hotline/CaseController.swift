import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The handle-on-complaint loop over the JSON API: the taxonomy, intake, the queue, each case with its
/// history, the steps of the loop, duplicates and merging, routing rules, metrics and hotspots.
struct CaseController {
    let cases: CaseService
    var store: Store { cases.store }

    struct CasePage: Encodable {
        var total: Int
        var offset: Int
        var items: [HotlineCase]
    }

    struct MergeInput: Decodable {
        var duplicates: [Int64]
    }

    struct RoutingRuleInput: Decodable {
        var category: String
        var region: String?
        var unit: String
    }

    func register(on router: Router<OasisRequestContext>) {
        router.get("/api/v1/case-categories") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: cases.taxonomy.encodedJSON())))
        }
        router.put("/api/v1/case-categories") { request, context in
            try RequestParameters.requireJSON(request)
            let body = try await JSONResponse.collect(request, context: context)
            let taxonomy = try await cases.replaceTaxonomy(json: Array(buffer: body), by: context.principal)
            return try JSONResponse.encode(["name": taxonomy.name, "version": taxonomy.version, "categories": String(taxonomy.categories.count)])
        }
        router.post("/api/v1/cases") { request, context in
            let input = try await JSONResponse.decode(CaseInput.self, from: request, context: context)
            let item = try await cases.submit(input, channel: "api", by: context.principal)
            return try JSONResponse.encode(CaseService.redacted(item, for: context.principal), status: .created)
        }
        router.get("/api/v1/cases") { request, context in
            try context.principal.require(.readCases)
            let query = try Self.query(request)
            let page = try await store.cases.list(query, for: context.principal)
            return try JSONResponse.encode(CasePage(total: page.total, offset: query.offset, items: page.items.map { CaseService.redacted($0, for: context.principal) }))
        }
        router.get("/api/v1/cases/metrics") { request, context in
            let text = request.uri.queryParameters["by"].map(String.init) ?? "unit"
            guard let dimension = CaseRollupDimension(rawValue: text) else {
                throw RequestParameters.choiceError("by", text, CaseRollupDimension.allCases.map(\.rawValue))
            }
            let monthly = ["1", "true", "yes"].contains(request.uri.queryParameters["monthly"].map { $0.lowercased() } ?? "")
            let rows = try await store.cases.metrics(dimension, from: try Self.month(request, "from"), to: try Self.month(request, "to"), byMonth: monthly,
                                                     asOf: store.clock.now(), for: context.principal)
            return try JSONResponse.encode(ItemList(items: rows))
        }
        router.get("/api/v1/cases/hotspots") { request, context in
            let now = CaseContribution.month(store.clock.now())
            let spots = try await store.cases.hotspots(from: try Self.month(request, "from") ?? now, to: try Self.month(request, "to") ?? now, for: context.principal)
            return try JSONResponse.encode(ItemList(items: spots.map { Hotspot(category: $0.category, region: $0.region, cases: $0.cases) }))
        }
        router.put("/api/v1/routing-rules") { request, context in
            let rule = try await JSONResponse.decode(RoutingRuleInput.self, from: request, context: context)
            guard cases.taxonomy.category(rule.category) != nil else {
                throw OasisError.invalid(code: "routing_rule_invalid", message: "Unknown category.", details: [.init(field: "category", reason: "\"\(rule.category)\"")])
            }
            try await store.cases.setRoutingRule(category: rule.category, region: rule.region ?? "", unit: rule.unit, by: context.principal)
            return try JSONResponse.encode(["category": rule.category, "region": rule.region ?? "", "unit": rule.unit])
        }
        router.get("/api/v1/cases/:id") { _, context in
            let id = try RequestParameters.id(context)
            try context.principal.require(.readCases)
            guard let item = try await store.cases.get(id, for: context.principal) else { throw OasisError.notFound("Case", String(id)) }
            return try JSONResponse.encode(CaseService.redacted(item, for: context.principal))
        }
        router.get("/api/v1/cases/:id/events") { _, context in
            try context.principal.require(.readCases)
            return try JSONResponse.encode(ItemList(items: try await store.cases.events(of: try RequestParameters.id(context), for: context.principal)))
        }
        router.post("/api/v1/cases/:id/events") { request, context in
            let input = try await JSONResponse.decode(CaseEventInput.self, from: request, context: context)
            let item = try await cases.apply(CaseEventInputValue(value: input), to: try RequestParameters.id(context), by: context.principal)
            return try JSONResponse.encode(CaseService.redacted(item, for: context.principal))
        }
        router.get("/api/v1/cases/:id/duplicates") { _, context in
            try JSONResponse.encode(ItemList(items: try await cases.duplicates(of: try RequestParameters.id(context), by: context.principal)))
        }
        router.post("/api/v1/cases/:id/merge") { request, context in
            let input = try await JSONResponse.decode(MergeInput.self, from: request, context: context)
            return try JSONResponse.encode(ItemList(items: try await cases.merge(input.duplicates, into: try RequestParameters.id(context), by: context.principal)))
        }
    }

    struct Hotspot: Codable, Sendable {
        var category: String
        var region: String
        var cases: Int
    }

    static func month(_ request: Request, _ name: String) throws(OasisError) -> String? {
        guard let text = request.uri.queryParameters[Substring(name)].map(String.init) else { return nil }
        guard CalendarDay(text + "-01") != nil, text.count == 7 else {
            throw OasisError.invalid(code: "invalid_parameter", message: "\(name) is a month written YYYY-MM.", details: [.init(field: name, reason: "\"\(text)\"")])
        }
        return text
    }

    static func query(_ request: Request) throws(OasisError) -> CaseQuery {
        let parameters = request.uri.queryParameters
        var query = CaseQuery()
        if let text = parameters["status"] {
            for part in text.split(separator: ",") {
                guard let status = CaseStatus(rawValue: String(part)) else { throw RequestParameters.choiceError("status", String(part), CaseStatus.allCases.map(\.rawValue)) }
                query.statuses.append(status)
            }
        }
        if let text = parameters["unit"] { query.unit = String(text) }
        if let text = parameters["region"] { query.region = try RegionController.code(String(text), field: "region").rawValue }
        if let text = parameters["category"] { query.categories = text.split(separator: ",").map(String.init) }
        query.supervisedOnly = ["1", "true", "yes"].contains(parameters["supervised"].map { $0.lowercased() } ?? "")
        if let limit = try RequestParameters.integer(request, "limit") {
            guard (1...1_000).contains(limit) else { throw OasisError.invalid(code: "invalid_parameter", message: "limit must be 1–1000.", details: [.init(field: "limit", reason: "\(limit)")]) }
            query.limit = limit
        }
        if let offset = try RequestParameters.offset(request) { query.offset = offset }
        return query
    }
}
