import Foundation
import Hummingbird
import NIOCore
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// Regions: the list (with an ETag, kept encoded until the regions change), one region, its children, the CSV
/// import and the region page.
extension PlatformRoutes {
    func regions(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let level = try RequestParameters.choice(request, "level", RegionLevel.self)
        let parent = try RequestParameters.text(request, "parent").map { text throws(OasisError) in
            try RequestParameters.regionCode(text, field: "parent")
        }
        let key = "\(level?.rawValue ?? "*")|\(parent?.rawValue ?? "*")"
        let fingerprint = try await store.regions.fingerprint()
        let etag = "\"\(fingerprint)\""
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        let body: ByteBuffer
        if let kept = regionCache.body(for: key, fingerprint: fingerprint) {
            body = kept
        } else {
            let regions = try await store.regions.list(level: level, parent: parent)
            body = ByteBuffer(bytes: try JSONResponse.encoder.encode(ItemList(items: regions.map(RegionDTO.init))))
            regionCache.store(body, for: key, fingerprint: fingerprint)
        }
        return Response(status: .ok, headers: [.contentType: JSONResponse.contentType, .eTag: etag], body: .init(byteBuffer: body))
    }

    func region(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<RegionDTO> {
        let code = try RequestParameters.pathRegion(context)
        guard let region = try await store.regions.get(code) else { throw OasisError.notFound("Region", code.rawValue) }
        return JSONBody(RegionDTO(region))
    }

    func regionChildren(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<RegionDTO>> {
        let code = try RequestParameters.pathRegion(context)
        guard try await store.regions.get(code) != nil else { throw OasisError.notFound("Region", code.rawValue) }
        return JSONBody(ItemList(items: try await store.regions.list(parent: code).map(RegionDTO.init)))
    }

    func importRegions(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<RegionImportSummary> {
        let contentType = RequestContentType(request)
        try contentType.require(contentType.hasPrefix("text/csv", "application/csv"), "Send the region file as `Content-Type: text/csv` (UTF-8).")
        let body = try await JSONResponse.collect(request, context: context)
        let regions = try RegionCSVReader().read(Array(buffer: body))
        return JSONBody(try await store.regions.upsert(regions, by: context.principal.access(for: .writeRegions)))
    }

    func regionPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let code = try RequestParameters.pathRegion(context)
            guard let region = try await store.regions.get(code) else { throw OasisError.notFound("Region", code.rawValue) }
            let language = context.language
            let other: Language = language == .zhHans ? .en : .zhHans
            let children = try await store.regions.list(parent: code)
            let lineage = try await store.regions.lineage(of: code).dropLast()
            func figures(_ region: Region) -> [String: Any] {
                [
                    "code": region.code.rawValue, "name": region.name(in: language), "nameLang": region.nameLanguage(in: language).rawValue,
                    "population": NumberFormat.integer(region.population), "urbanPopulation": NumberFormat.integer(region.urbanPopulation),
                    "rate": NumberFormat.percent(region.urbanisationRate),
                ]
            }
            var data = figures(region)
            data["otherName"] = region.name(in: other)
            data["otherLanguage"] = other.rawValue
            data["level"] = catalogue.text(region.level.messageKey, language)
            data["censusYear"] = region.censusYear.map(String.init) ?? "—"
            data["lineage"] = lineage.map {
                ["code": $0.code.rawValue, "name": $0.name(in: language), "nameLang": $0.nameLanguage(in: language).rawValue]
            }
            data["children"] = children.map(figures)
            data["hasChildren"] = !children.isEmpty
            return pages.render("region", title: region.name(in: language), data: data, current: "", context: context)
        }
    }
}
