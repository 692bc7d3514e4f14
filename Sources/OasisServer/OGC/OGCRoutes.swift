import Foundation
import Hummingbird
import NIOCore
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// OGC API — Features Part 1 (Core, GeoJSON) under `/ogc`: landing page, conformance, collections (one per
/// spatial layer), items with `bbox`, `limit`, `offset` and paging links, and one item. Items pages are written
/// from the stored GeoJSON text of each feature, without decoding it.
struct OGCRoutes: RouteCollection {
    /// Everyone may ask; which collections a caller reads is decided per collection (`reader(for:principal:)`).
    static let routes: [Route<Self>] = [
        Route(.get, "/ogc", .ogc, .anyone, Self.landing),
        Route(.get, "/ogc/conformance", .ogc, .anyone, Self.conformance),
        Route(.get, "/ogc/collections", .ogc, .anyone, Self.collections),
        Route(.get, "/ogc/collections/{collectionId}", .ogc, .anyone, Self.collection),
        Route(.get, "/ogc/collections/{collectionId}/items", .ogc, .anyone, Self.items),
        Route(.get, "/ogc/collections/{collectionId}/items/{featureId}", .ogc, .anyone, Self.item),
    ]

    static let conformanceClasses = [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    ]
    static let geoJSON = "application/geo+json"
    static let json = "application/json"

    let store: Store
    let snapshots: LayerSnapshotCache
    let timeStamp = OGCTimeStamp()

    init(store: Store) {
        self.store = store
        snapshots = LayerSnapshotCache(store: store)
    }

    func conformance(_ request: Request, _ context: OasisRequestContext) throws -> Response {
        try Self.noParameters(request)
        return Self.respond("{\"conformsTo\":[" + Self.conformanceClasses.map { "\"\($0)\"" }.joined(separator: ",") + "]}", type: Self.json)
    }

    func collection(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try Self.noParameters(request)
        let collection = try Self.collectionNamed(context)
        let links = OGCLinks(request, context)
        return Self.respond(try await describe(collection, links: links, principal: context.principal), type: Self.json)
    }

    func landing(_ request: Request, _ context: OasisRequestContext) throws -> Response {
        try Self.noParameters(request)
        let links = OGCLinks(request, context)
        let body = [
            links.link("", rel: "self", type: Self.json, title: "This document"),
            "{\"href\":" + Self.quoted(links.origin + "/openapi.json")
                + ",\"rel\":\"service-desc\",\"type\":\"application/vnd.oai.openapi+json;version=3.1\",\"title\":\"The API definition (OpenAPI)\"}",
            links.link("/conformance", rel: "conformance", type: Self.json, title: "Conformance classes"),
            links.link("/collections", rel: "data", type: Self.json, title: "Collections"),
        ]
        return Self.respond(
            "{\"title\":\"Oasis 绿洲 — OGC API Features\",\"description\":\"Living-circle facilities, residences, emergency shelters and walking-access results. 生活圈设施、居住点、应急避难场所与步行可达性结果。\",\"links\":["
                + body.joined(separator: ",") + "]}", type: Self.json)
    }

    func collections(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try Self.noParameters(request)
        let links = OGCLinks(request, context)
        var described: [String] = []
        for collection in OGCCollection.all where reader(for: collection, principal: context.principal) != nil {
            described.append(try await describe(collection, links: links, principal: context.principal))
        }
        return Self.respond(
            "{\"links\":[" + links.link("/collections", rel: "self", type: Self.json, title: "This document")
                + "],\"collections\":[" + described.joined(separator: ",") + "]}", type: Self.json)
    }

    private func describe(_ collection: OGCCollection, links: OGCLinks, principal: Principal) async throws -> String {
        var text =
            "{\"id\":\"\(collection.id)\",\"title\":" + Self.quoted(collection.title) + ",\"description\":" + Self.quoted(collection.description)
        text += ",\"itemType\":\"feature\",\"crs\":[\"http://www.opengis.net/def/crs/OGC/1.3/CRS84\"]"
        if let reader = reader(for: collection, principal: principal), let box = try await extent(collection.layer, reader: reader) {
            text +=
                ",\"extent\":{\"spatial\":{\"bbox\":[[\(box.minLongitude),\(box.minLatitude),\(box.maxLongitude),\(box.maxLatitude)]],\"crs\":\"http://www.opengis.net/def/crs/OGC/1.3/CRS84\"}}"
        }
        text +=
            ",\"links\":["
            + [
                links.link("/collections/\(collection.id)", rel: "self", type: Self.json, title: "This collection"),
                links.link("/collections/\(collection.id)/items", rel: "items", type: Self.geoJSON, title: "The features"),
            ].joined(separator: ",") + "]}"
        return text
    }

    func items(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let collection = try Self.collectionNamed(context)
        let query = try OGCItemsQuery(OGCItemsQuery.pairs(request))
        let reader = try requireReader(for: collection, context: context)
        let links = OGCLinks(request, context)
        let stamp = timeStamp.string(for: store.clock.now())
        if let snapshot = try await wholeLayer(collection.layer, for: reader) {
            let key = OGCPageCache.Key(base: links.base, query: query.queryString(offset: query.offset))
            if let kept = snapshot.pages.page(key) { return Self.respond(kept, timeStamp: stamp) }
            let written = Self.write(
                snapshot.page(bbox: query.bbox, limit: query.limit, offset: query.offset), query: query, collection: collection, links: links)
            snapshot.pages.keep(written, for: key)
            return Self.respond(written, timeStamp: stamp)
        }
        let page: SpatialFeaturePage
        if let bbox = query.bbox {
            // The database selects by box; the outlines of what it selects are checked here, then paged.
            let candidates = try await store.spatialFeatures.list(layer: collection.layer, bbox: bbox, limit: nil, offset: 0, for: reader)
            let exact = candidates.features.filter { StoredFeatureGeometry.decode($0.text)?.intersects(bbox) ?? true }
            page = SpatialFeaturePage(features: Array(exact.dropFirst(query.offset).prefix(query.limit)), matched: exact.count)
        } else {
            page = try await store.spatialFeatures.list(layer: collection.layer, bbox: nil, limit: query.limit, offset: query.offset, for: reader)
        }
        return Self.respond(Self.write(page, query: query, collection: collection, links: links), timeStamp: stamp)
    }

    /// An items page as GeoJSON, up to the `timeStamp` value and from its end on. The features' stored text is
    /// copied once, straight into the buffer.
    private static func write(_ page: SpatialFeaturePage, query: OGCItemsQuery, collection: OGCCollection, links: OGCLinks) -> OGCPageCache.Page {
        let numbers = "],\"numberMatched\":\(page.matched),\"numberReturned\":\(page.features.count),\"timeStamp\":\""
        var head = ByteBufferAllocator().buffer(capacity: page.features.reduce(64 + numbers.utf8.count) { $0 + $1.text.utf8.count + 1 })
        head.writeString("{\"type\":\"FeatureCollection\",\"features\":[")
        for (index, feature) in page.features.enumerated() {
            if index > 0 { head.writeInteger(UInt8(ascii: ",")) }
            head.writeString(feature.text)
        }
        head.writeString(numbers)
        let path = "/collections/\(collection.id)/items?"
        var tail = "\",\"links\":["
        tail.reserveCapacity(1024)
        links.append(path + query.queryString(offset: query.offset), rel: "self", type: geoJSON, title: "This page", to: &tail)
        tail += ","
        links.append("/collections/\(collection.id)", rel: "collection", type: json, title: "The collection", to: &tail)
        if query.offset + page.features.count < page.matched {
            tail += ","
            links.append(path + query.queryString(offset: query.offset + query.limit), rel: "next", type: geoJSON, title: "Next page", to: &tail)
        }
        if query.offset > 0 {
            tail += ","
            links.append(
                path + query.queryString(offset: max(0, query.offset - query.limit)), rel: "prev", type: geoJSON, title: "Previous page", to: &tail)
        }
        tail += "]}"
        return OGCPageCache.Page(head: head, tail: ByteBuffer(string: tail))
    }

    private static func respond(_ page: OGCPageCache.Page, timeStamp: String) -> Response {
        var buffer = ByteBufferAllocator().buffer(capacity: page.head.readableBytes + timeStamp.utf8.count + page.tail.readableBytes)
        buffer.writeImmutableBuffer(page.head)
        buffer.writeString(timeStamp)
        buffer.writeImmutableBuffer(page.tail)
        return Response(status: .ok, headers: [.contentType: geoJSON], body: .init(byteBuffer: buffer))
    }

    func item(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try Self.noParameters(request)
        let collection = try Self.collectionNamed(context)
        let raw = context.parameters.get("featureId") ?? ""
        guard let id = Int64(raw) else { throw OasisError.notFound("Feature", raw) }
        let reader = try requireReader(for: collection, context: context)
        let found: SpatialFeatureGeoJSON?
        if let snapshot = try await wholeLayer(collection.layer, for: reader) {
            found = snapshot.feature(id)
        } else {
            found = try await store.spatialFeatures.get(layer: collection.layer, id: id, for: reader)
        }
        guard let feature = found, feature.text.hasSuffix("}") else {
            throw OasisError.notFound("Feature", raw)
        }
        let links = OGCLinks(request, context)
        let itemLinks = [
            links.link("/collections/\(collection.id)/items/\(id)", rel: "self", type: Self.geoJSON, title: "This feature"),
            links.link("/collections/\(collection.id)", rel: "collection", type: Self.json, title: "The collection"),
        ]
        return Self.respond(String(feature.text.dropLast()) + ",\"links\":[" + itemLinks.joined(separator: ",") + "]}", type: Self.geoJSON)
    }

    /// The box of every feature the reader may see: from memory when the reader sees the whole layer.
    private func extent(_ layer: SpatialLayer, reader: StoreAccess) async throws -> SpatialBox? {
        if let snapshot = try await wholeLayer(layer, for: reader) { return snapshot.extent }
        return try await store.spatialFeatures.extent(layer: layer, for: reader)
    }

    /// The layer in memory when the reader may see all of it (scope not limited to regions) and it is not too
    /// large to hold; nil sends the request to the database.
    private func wholeLayer(_ layer: SpatialLayer, for reader: StoreAccess) async throws -> LayerSnapshot? {
        reader.scope.regions.isEmpty ? try await snapshots.snapshot(layer) : nil
    }

    /// Public collections are read whole by everyone; the others by principals who may read layers, in their scope.
    private func reader(for collection: OGCCollection, principal: Principal) -> StoreAccess? {
        if collection.isPublic { return .system }
        return try? principal.access(for: .readLayers)
    }

    private func requireReader(for collection: OGCCollection, context: OasisRequestContext) throws -> StoreAccess {
        if let reader = reader(for: collection, principal: context.principal) { return reader }
        if context.principal.kind == .anonymous {
            throw OasisError(
                kind: .unauthenticated, code: "unauthenticated", message: "The collection \(collection.id) needs a signed-in user or an API token.")
        }
        throw OasisError.forbidden("Your role may not read the collection \(collection.id).")
    }

    private static func collectionNamed(_ context: OasisRequestContext) throws -> OGCCollection {
        let id = context.parameters.get("collectionId") ?? ""
        guard let collection = OGCCollection.named(id) else { throw OasisError.notFound("Collection", id) }
        return collection
    }

    /// Routes other than items take only `f=json`.
    private static func noParameters(_ request: Request) throws {
        _ = try OGCItemsQuery(OGCItemsQuery.pairs(request), allowed: ["f"])
    }

    private static func quoted(_ text: String) -> String {
        var output = ""
        JSONText.appendString(text, to: &output)
        return output
    }

    private static func respond(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
