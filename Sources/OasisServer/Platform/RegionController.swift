import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisImport
import OasisStore

/// Regions: read by anyone, imported from CSV by those allowed to write regions.
struct RegionController {
    let store: Store
    let cache = RegionListCache()

    func register(on router: Router<OasisRequestContext>) {
        let group = router.group("/api/v1/regions")
        group.get { request, _ in
            var level: RegionLevel?
            if let text = request.uri.queryParameters["level"] {
                guard let parsed = RegionLevel(rawValue: String(text)) else {
                    throw OasisError.invalid(code: "invalid_parameter", message: "Unknown level.",
                                             details: [.init(field: "level", reason: "\"\(text)\" is not one of \(RegionLevel.allCases.map(\.rawValue).joined(separator: ", "))")])
                }
                level = parsed
            }
            let parent = try request.uri.queryParameters["parent"].map { text throws(OasisError) in try Self.code(String(text), field: "parent") }
            let key = "\(level?.rawValue ?? "*")|\(parent?.rawValue ?? "*")"
            let fingerprint = try await store.regions.fingerprint()
            let etag = "\"\(fingerprint)\""
            if request.headers[.ifNoneMatch] == etag {
                return Response(status: .notModified, headers: [.eTag: etag])
            }
            var response: Response
            if let body = cache.body(for: key, fingerprint: fingerprint) {
                response = Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
            } else {
                let regions = try await store.regions.list(level: level, parent: parent)
                let body = ByteBuffer(bytes: try JSONResponse.encoder.encode(ItemList(items: regions.map(RegionDTO.init))))
                cache.store(body, for: key, fingerprint: fingerprint)
                response = Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
            }
            response.headers[.eTag] = etag
            return response
        }
        group.get(":code") { _, context in
            let code = try Self.code(context.parameters.get("code") ?? "", field: "code")
            guard let region = try await store.regions.get(code) else { throw OasisError.notFound("Region", code.rawValue) }
            return try JSONResponse.encode(RegionDTO(region))
        }
        group.get(":code/children") { _, context in
            let code = try Self.code(context.parameters.get("code") ?? "", field: "code")
            guard try await store.regions.get(code) != nil else { throw OasisError.notFound("Region", code.rawValue) }
            return try JSONResponse.encode(ItemList(items: try await store.regions.list(parent: code).map(RegionDTO.init)))
        }
        group.post("import") { request, context in
            try context.principal.require(.writeRegions)
            let contentType = request.headers[.contentType]?.lowercased() ?? ""
            guard contentType.hasPrefix("text/csv") || contentType.hasPrefix("application/csv") else {
                throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type",
                                 message: "Send the region file as `Content-Type: text/csv` (UTF-8).")
            }
            let body = try await JSONResponse.collect(request, context: context)
            let regions = try RegionCSVReader().read(Array(buffer: body))
            let summary = try await store.regions.upsert(regions, by: context.principal)
            return try JSONResponse.encode(summary)
        }
    }

    static func code(_ text: String, field: String) throws(OasisError) -> RegionCode {
        do {
            return try RegionCode(text)
        } catch {
            throw OasisError.invalid(code: "invalid_parameter", message: error.message, details: [.init(field: field, reason: error.message)])
        }
    }
}
