import Foundation
import OasisCore
import OasisImport
import OasisStore

/// The register of major hazard sources (重大危险源, policy measure 二十一) as a service: list, get, create or replace
/// and delete sources, import them from CSV, and sum them up per region with the four-colour risk map's colour. Each
/// source's figures (α, Σ q/Q, R, grade) are GB 18218-2018's, worked out by the store on every save.
///
/// Permissions as the lifeline registry's: `read_layers` to read, `write_layers` to write.
public struct MajorHazardService: Sendable {
    public let store: Store

    public init(store: Store) { self.store = store }

    public func sources(region: String? = nil, by principal: Principal) async throws -> [MajorHazardSource] {
        try await store.majorHazards.sources(region: region, for: principal.access(for: .readLayers))
    }

    /// One source, or 404.
    public func source(code: String, by principal: Principal) async throws -> MajorHazardSource {
        guard let source = try await store.majorHazards.sources(code: code, for: principal.access(for: .readLayers)).first else {
            throw OasisError.notFound("Hazard source", code)
        }
        return source
    }

    /// Creates or replaces the source of `code`; a body naming another code is refused.
    public func put(_ source: MajorHazardSource, code: String, by principal: Principal) async throws -> MajorHazardSource {
        guard source.code == code else {
            throw OasisError.invalid(
                code: "lifeline_hazard_code", message: "The body's code differs from the path's.",
                details: [.init(field: "code", reason: "\"\(source.code.prefix(40))\" is not \"\(code.prefix(40))\"")])
        }
        let access = try principal.access(for: .writeLayers)
        _ = try await store.majorHazards.save([source], locate: { _, field in OasisError.Detail(field: field, reason: "") }, by: access)
        guard let saved = try await store.majorHazards.sources(code: code, for: access).first else {
            throw OasisError.notFound("Hazard source", code)
        }
        return saved
    }

    /// Saves sources given as values (the JSON API); each problem names `[index].field`.
    public func save(_ sources: [MajorHazardSource], by principal: Principal) async throws -> LifelineImportSummary {
        try await store.majorHazards.save(sources, by: principal.access(for: .writeLayers))
    }

    /// Imports sources from CSV or XLSX (one row per source and substance; all or nothing; audited per source); every
    /// problem names its line (CSV) or row (XLSX) and column. `fileName` tells a workbook by its `.xlsx` name.
    public func importFile(_ bytes: [UInt8], fileName: String = "hazards.csv", by principal: Principal) async throws -> LifelineImportSummary {
        let access = try principal.access(for: .writeLayers)
        let read = try MajorHazardTableReader().read(bytes, fileName: fileName)
        let locator = read.locate
        return try await store.majorHazards.save(read.sources, locate: { locator.detail(index: $0, field: $1) }, by: access)
    }

    /// Deletes a source, answering it as it was, or 404.
    public func delete(code: String, by principal: Principal) async throws -> MajorHazardSource {
        guard let deleted = try await store.majorHazards.delete(code: code, by: principal.access(for: .writeLayers)) else {
            throw OasisError.notFound("Hazard source", code)
        }
        return deleted
    }

    /// Per region holding a source (itself or below), the major hazards by grade and the region's risk colour; within
    /// `region` when given.
    public func summary(region: String? = nil, by principal: Principal) async throws -> [MajorHazardRegionSummary] {
        let sources = try await sources(region: region, by: principal)
        let parents = Dictionary(
            try await store.regions.list().compactMap { region in region.parentCode.map { (region.code.rawValue, $0.rawValue) } },
            uniquingKeysWith: { first, _ in first })
        let summaries = MajorHazardRegionSummary.byRegion(sources, parents: parents)
        guard let region else { return summaries }
        // Within the region asked for: the region itself and those below it, not its ancestors.
        return summaries.filter { summary in
            var current: String? = summary.region
            while let code = current {
                if code == region { return true }
                current = parents[code]
            }
            return false
        }
    }
}
