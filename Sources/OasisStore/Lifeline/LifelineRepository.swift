import Foundation
import OasisCore

/// The lifeline registry (assets and sensors), readings with their 1-minute rollups, and alerts. Registry writes
/// are all or nothing, checked against the regions and the hotline's register of units, kept to the writer's
/// scope and audited per asset and sensor. Reads are scoped by the asset's region (and, for a user bound to units,
/// by the asset's owner unit).
public struct LifelineRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Saves assets (new codes inserted, known codes replaced) in one transaction. `labels` name each asset in the
    /// problems (`$.features[3].properties.`); every problem is reported at once in one 400 and nothing is written.
    public func saveAssets(_ assets: [LifelineAsset], labels: [String]? = nil, by access: StoreAccess) async throws -> LifelineImportSummary {
        let labels = labels ?? assets.indices.map { "[\($0)]." }
        let audit = self.audit
        let now = clock.now()
        return try await database.transaction { tx in
            var details: [OasisError.Detail] = []
            let regions = Set(try await tx.query("SELECT code FROM regions", []).map { try $0.string("code") })
            let unitNames = Array(Set(assets.map(\.ownerUnit)))
            var units: Set<String> = []
            if !unitNames.isEmpty {
                let rows = try await tx.query(
                    "SELECT name FROM case_units WHERE name IN (\(Placeholders.list(unitNames.count)))", unitNames.map { .text($0) })
                units = Set(try rows.map { try $0.string("name") })
            }
            var seen: Set<String> = []
            for (asset, label) in zip(assets, labels) {
                details += asset.problems(prefix: label)
                if !seen.insert(asset.code).inserted { details.append(.init(field: label + "code", reason: "\"\(asset.code)\" appears twice")) }
                if !regions.contains(asset.region) { details.append(.init(field: label + "region", reason: "unknown region \(asset.region)")) }
                if !units.contains(asset.ownerUnit) {
                    details.append(
                        .init(
                            field: label + "ownerUnit",
                            reason: "\"\(asset.ownerUnit)\" is not in the register of units; GET /api/v1/case-units lists them"))
                }
            }
            guard details.isEmpty else { throw Self.refusal("lifeline_assets_invalid", "asset", details) }
            try await RegionRepository.requireInScope(Set(assets.map(\.region)), access: access, on: tx)
            let before = try await Self.assets(codes: assets.map(\.code), on: tx)
            var changes: [AuditChange] = []
            for asset in assets {
                let binds: [SQLValue] = [
                    .text(asset.name), .text(asset.kind.rawValue), .text(asset.ownerUnit), .text(asset.region),
                    .text(JSONColumn.text(asset.geometry)), .double(asset.lengthMeters), SQLValue(now), .text(asset.code),
                ]
                if let old = before[asset.code] {
                    try await WriteScope.require(region: old.region, access: access, on: tx)
                    try await tx.execute(
                        "UPDATE lifeline_assets SET name = ?, kind = ?, owner_unit = ?, region_code = ?, geometry = ?, length_m = ?, updated_at = ? WHERE code = ?",
                        binds)
                } else {
                    try await tx.execute(
                        "INSERT INTO lifeline_assets (name, kind, owner_unit, region_code, geometry, length_m, updated_at, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        binds)
                }
                changes.append(
                    AuditChange(
                        action: "lifeline.asset.save", entityType: "lifeline_asset", entityID: asset.code, regionCode: asset.region,
                        before: before[asset.code], after: asset))
            }
            try await audit.append(changes, by: access, on: tx)
            let updated = assets.filter { before[$0.code] != nil }.count
            return LifelineImportSummary(inserted: assets.count - updated, updated: updated)
        }
    }

    /// The assets the access may see, optionally of one region (and below) and one kind, by code.
    public func assets(region: String? = nil, kind: LifelineAssetKind? = nil, for access: StoreAccess) async throws -> [LifelineAsset] {
        var (sql, binds) = Self.assetScope(access)
        if let region {
            let within = ScopeFilter.within(region, column: "a.region_code")
            sql += " AND \(within.sql)"
            binds.append(within.bind)
        }
        if let kind {
            sql += " AND a.kind = ?"
            binds.append(.text(kind.rawValue))
        }
        return try await database.query("SELECT a.* FROM lifeline_assets a WHERE \(sql) ORDER BY a.code", binds).map(Self.asset(from:))
    }

    /// Saves sensors (new codes inserted, known codes replaced) in one transaction; each sensor's asset must exist and
    /// be in the writer's scope. `labels` name each sensor in the problems (`row 4: `).
    public func saveSensors(_ sensors: [LifelineSensor], labels: [String]? = nil, by access: StoreAccess) async throws -> LifelineImportSummary {
        let labels = labels ?? sensors.indices.map { "[\($0)]." }
        let audit = self.audit
        let now = clock.now()
        return try await database.transaction { tx in
            var details: [OasisError.Detail] = []
            let assets = try await Self.assets(codes: sensors.map(\.asset), on: tx)
            let ids = try await Self.assetIDs(codes: sensors.map(\.asset), on: tx)
            var seen: Set<String> = []
            for (sensor, label) in zip(sensors, labels) {
                details += sensor.problems(prefix: label)
                if !seen.insert(sensor.code).inserted { details.append(.init(field: label + "code", reason: "\"\(sensor.code)\" appears twice")) }
                if assets[sensor.asset] == nil { details.append(.init(field: label + "asset", reason: "no asset has the code \"\(sensor.asset)\"")) }
            }
            guard details.isEmpty else { throw Self.refusal("lifeline_sensors_invalid", "sensor", details) }
            try await RegionRepository.requireInScope(Set(assets.values.map(\.region)), access: access, on: tx)
            let before = try await Self.sensors(codes: sensors.map(\.code), on: tx)
            let formerAssets = try await Self.assets(codes: before.values.map(\.asset), on: tx)
            var changes: [AuditChange] = []
            for sensor in sensors {
                let region = assets[sensor.asset]?.region
                let binds: [SQLValue] = [
                    .text(sensor.quantity.rawValue), .text(sensor.unit), .int(ids[sensor.asset] ?? 0), .text(JSONColumn.text(sensor.rules)),
                    SQLValue(now), .text(sensor.code),
                ]
                if let old = before[sensor.code] {
                    try await WriteScope.require(region: formerAssets[old.asset]?.region ?? "", access: access, on: tx)
                    try await tx.execute(
                        "UPDATE lifeline_sensors SET quantity = ?, unit = ?, asset_id = ?, rules = ?, updated_at = ? WHERE code = ?", binds)
                } else {
                    try await tx.execute(
                        "INSERT INTO lifeline_sensors (quantity, unit, asset_id, rules, updated_at, code) VALUES (?, ?, ?, ?, ?, ?)", binds)
                }
                changes.append(
                    AuditChange(
                        action: "lifeline.sensor.save", entityType: "lifeline_sensor", entityID: sensor.code, regionCode: region,
                        before: before[sensor.code], after: sensor))
            }
            try await audit.append(changes, by: access, on: tx)
            let updated = sensors.filter { before[$0.code] != nil }.count
            return LifelineImportSummary(inserted: sensors.count - updated, updated: updated)
        }
    }

    /// The sensors the access may see, optionally only one (by code), of one asset or of one region, by code.
    public func sensors(code: String? = nil, asset: String? = nil, region: String? = nil, for access: StoreAccess) async throws -> [LifelineSensor] {
        var (sql, binds) = Self.assetScope(access)
        if let code {
            sql += " AND s.code = ?"
            binds.append(.text(code))
        }
        if let asset {
            sql += " AND a.code = ?"
            binds.append(.text(asset))
        }
        if let region {
            let within = ScopeFilter.within(region, column: "a.region_code")
            sql += " AND \(within.sql)"
            binds.append(within.bind)
        }
        return try await database.query(
            "SELECT s.*, a.code AS asset_code FROM lifeline_sensors s JOIN lifeline_assets a ON a.id = s.asset_id WHERE \(sql) ORDER BY s.code", binds
        ).map(Self.sensor(from:))
    }

    /// Every sensor with its store id, region and rules: what ingest checks readings against and runs rules with.
    public func sensorIndex() async throws -> [LifelineSensorEntry] {
        try await database.query(
            "SELECT s.*, a.code AS asset_code, a.region_code FROM lifeline_sensors s JOIN lifeline_assets a ON a.id = s.asset_id ORDER BY s.id", []
        ).map { row in
            LifelineSensorEntry(id: try row.int("id"), sensor: try Self.sensor(from: row), region: try row.string("region_code"))
        }
    }

    /// The condition that keeps a query (over `lifeline_assets a`) to the access's regions and units.
    static func assetScope(_ access: StoreAccess) -> (sql: String, binds: [SQLValue]) {
        let regions = ScopeFilter(access: access, column: "a.region_code")
        var sql = regions.sql
        var binds = regions.binds
        let units = access.scope.units
        if !units.isEmpty {
            sql += " AND a.owner_unit IN (\(Placeholders.list(units.count)))"
            binds += units.map { .text($0) }
        }
        return (sql, binds)
    }

    static func refusal(_ code: String, _ what: String, _ details: [OasisError.Detail]) -> OasisError {
        OasisError.invalid(
            code: code, message: "\(details.count) problem(s) with the \(what)s; nothing was saved.", details: Array(details.prefix(200)))
    }

    static func assets(codes: [String], on tx: any SQLExecutor) async throws -> [String: LifelineAsset] {
        let wanted = Array(Set(codes))
        var found: [String: LifelineAsset] = [:]
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let chunk = wanted[start..<min(start + 500, wanted.count)]
            for row in try await tx.query("SELECT * FROM lifeline_assets WHERE code IN (\(Placeholders.list(chunk.count)))", chunk.map { .text($0) })
            {
                let asset = try asset(from: row)
                found[asset.code] = asset
            }
        }
        return found
    }

    static func assetIDs(codes: [String], on tx: any SQLExecutor) async throws -> [String: Int64] {
        let wanted = Array(Set(codes))
        var found: [String: Int64] = [:]
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let chunk = wanted[start..<min(start + 500, wanted.count)]
            for row in try await tx.query(
                "SELECT id, code FROM lifeline_assets WHERE code IN (\(Placeholders.list(chunk.count)))", chunk.map { .text($0) })
            {
                found[try row.string("code")] = try row.int("id")
            }
        }
        return found
    }

    static func sensors(codes: [String], on tx: any SQLExecutor) async throws -> [String: LifelineSensor] {
        let wanted = Array(Set(codes))
        var found: [String: LifelineSensor] = [:]
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let chunk = wanted[start..<min(start + 500, wanted.count)]
            for row in try await tx.query(
                "SELECT s.*, a.code AS asset_code FROM lifeline_sensors s JOIN lifeline_assets a ON a.id = s.asset_id WHERE s.code IN (\(Placeholders.list(chunk.count)))",
                chunk.map { .text($0) })
            {
                let sensor = try sensor(from: row)
                found[sensor.code] = sensor
            }
        }
        return found
    }

    static func asset(from row: SQLRow) throws -> LifelineAsset {
        let kind = try row.string("kind")
        guard let parsed = LifelineAssetKind(rawValue: kind) else {
            throw OasisError(kind: .internal, code: "store_row_shape", message: "lifeline_assets.kind holds \(kind).")
        }
        var asset = LifelineAsset(
            code: try row.string("code"), name: try row.string("name"), kind: parsed, ownerUnit: try row.string("owner_unit"),
            region: try row.string("region_code"),
            geometry: try JSONColumn.value(LifelineGeometry.self, try row.string("geometry"), column: "geometry"))
        asset.lengthMeters = try row.double("length_m")
        return asset
    }

    static func sensor(from row: SQLRow) throws -> LifelineSensor {
        let quantity = try row.string("quantity")
        guard let parsed = LifelineQuantity(rawValue: quantity) else {
            throw OasisError(kind: .internal, code: "store_row_shape", message: "lifeline_sensors.quantity holds \(quantity).")
        }
        return LifelineSensor(
            code: try row.string("code"), quantity: parsed, unit: try row.string("unit"), asset: try row.string("asset_code"),
            rules: try JSONColumn.value([SensorRule].self, try row.string("rules"), column: "rules"))
    }
}
