import Foundation
import OasisCore

/// The features of the spatial layers (facilities, residences, shelters, analysis results). Imports are all or
/// nothing; each replaces what one source gave for a layer (within a region when one is named). Every call is
/// limited to the access's scope: a scoped user sees and writes only features of regions in the scope, and
/// features without a region belong to unscoped users only.
public struct SpatialFeatureRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock
    /// Raised after each committed write of this process, so that in-memory copies of a layer are renewed at once.
    public let changes: SpatialLayerChanges

    /// Serialises id allocation among PostgreSQL writers (SQLite has one writer already).
    static let allocationLock: Int64 = 7_005

    /// Removes the layer's features from `source` (within `region` and below it, when given) and stores
    /// `features` in their place, in one transaction.
    @discardableResult
    public func replace(
        layer: SpatialLayer, source: String, region: String?, with features: [SpatialFeature],
        by access: StoreAccess
    ) async throws -> SpatialLayerImportSummary {
        try await write(layer: layer, source: source, region: region, features: features, replacing: true, by: access)
    }

    /// Adds features to the layer under `source`, in one transaction.
    @discardableResult
    public func insert(layer: SpatialLayer, source: String, _ features: [SpatialFeature], by access: StoreAccess) async throws -> Int {
        try await write(layer: layer, source: source, region: nil, features: features, replacing: false, by: access).inserted
    }

    func write(
        layer: SpatialLayer, source: String, region: String?, features: [SpatialFeature], replacing: Bool,
        by access: StoreAccess
    ) async throws -> SpatialLayerImportSummary {
        if let wrong = features.first(where: { $0.layer != layer }) {
            throw OasisError.invalid(
                code: "layer_mismatch", message: "A \(wrong.layer.rawValue) feature cannot be stored in the \(layer.rawValue) layer.")
        }
        if !access.scope.regions.isEmpty && features.contains(where: { $0.region == nil }) {
            throw OasisError.forbidden("Features without a region code can only be written by users whose scope is not limited to regions.")
        }
        let now = clock.now()
        let audit = self.audit
        defer { changes.raise(layer) }
        return try await database.transaction { tx in
            try await RegionRepository.requireInScope(Set(features.compactMap(\.region) + [region].compactMap { $0 }), access: access, on: tx)
            if let lock = tx.dialect.serialiseChainStatement(key: Self.allocationLock) { _ = try await tx.query(lock, []) }
            var deleted = 0
            if replacing {
                var condition = "layer = ? AND source = ?"
                var binds: [SQLValue] = [.text(layer.rawValue), .text(source)]
                if let region {
                    let within = ScopeFilter.within(region, column: "region_code")
                    condition += " AND \(within.sql)"
                    binds.append(within.bind)
                }
                let scope = ScopeFilter(access: access, column: "region_code")
                condition += " AND \(scope.sql)"
                binds += scope.binds
                deleted = Int(try await tx.first("SELECT COUNT(*) AS n FROM spatial_features WHERE \(condition)", binds)?.int("n") ?? 0)
                try await tx.execute("DELETE FROM spatial_features WHERE \(condition)", binds)
            }
            let last = try await tx.first("SELECT MAX(id) AS n FROM spatial_features WHERE layer = ?", [.text(layer.rawValue)])?.optionalInt("n") ?? 0
            let rows = features.enumerated().map { offset, feature in Self.row(feature, id: last + 1 + Int64(offset), source: source, at: now) }
            try await BulkInsert.rows("spatial_features", rows, on: tx)
            try await tx.execute(
                "INSERT INTO spatial_layer_versions (layer, version) VALUES (?, 1) ON CONFLICT (layer) DO UPDATE SET version = spatial_layer_versions.version + 1",
                [.text(layer.rawValue)])
            try await audit.append(
                AuditChange(
                    action: replacing ? "layer.replace" : "layer.insert", entityType: "spatial_layer", entityID: layer.rawValue,
                    regionCode: region, before: replacing ? ["source": source, "features": "\(deleted)"] : nil,
                    after: ["source": source, "features": "\(features.count)"]), by: access, on: tx)
            return SpatialLayerImportSummary(deleted: deleted, inserted: features.count)
        }
    }

    /// The row of one feature, in the table's column order.
    static func row(_ feature: SpatialFeature, id: Int64, source: String, at now: Date) -> [SQLValue] {
        let box = feature.bbox
        let point = feature.representativePoint
        return [
            .text(feature.region ?? ""), .text(feature.layer.rawValue), .int(id), .text(source), SQLValue(feature.externalID),
            SQLValue(feature.kind), SQLValue(feature.name),
            .double(box.minLongitude), .double(box.minLatitude), .double(box.maxLongitude), .double(box.maxLatitude),
            .double(point.longitude), .double(point.latitude),
            SQLValue(feature.population), SQLValue(feature.effectiveArea), SQLValue(feature.capacity),
            .text(feature.geoJSON(id: id)), SQLValue(now),
        ]
    }
}
