import Foundation

/// One asset of the lifeline registry: a stretch of gas main, a bridge, a manhole … with the unit that owns it (a
/// unit of the hotline's register, which a dispatched alert's case goes to), its region and geometry. The code is
/// the asset's key (the operator's own identifier); the length is worked out from the geometry when it is saved.
public struct LifelineAsset: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    public var kind: LifelineAssetKind
    public var ownerUnit: String
    public var region: String
    public var geometry: LifelineGeometry
    /// Metres along the geometry (0 for a point), rounded to the centimetre.
    public var lengthMeters: Double

    public init(code: String, name: String, kind: LifelineAssetKind, ownerUnit: String, region: String, geometry: LifelineGeometry) {
        self.code = code
        self.name = name
        self.kind = kind
        self.ownerUnit = ownerUnit
        self.region = region
        self.geometry = geometry
        lengthMeters = (geometry.lengthMeters * 100).rounded() / 100
    }

    /// Problems with the asset's own fields (a code and a name of 1–100 characters, a region code), each naming its
    /// field under `prefix`; whether the unit and region exist is the store's check.
    public func problems(prefix: String = "") -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        for (field, value) in [("code", code), ("name", name), ("ownerUnit", ownerUnit)] {
            if let reason = LifelineText.reason(value) { problems.append(.init(field: prefix + field, reason: reason)) }
        }
        if (try? RegionCode(region)) == nil {
            problems.append(.init(field: prefix + "region", reason: "\"\(region.prefix(16))\" is not a region code"))
        }
        return problems
    }
}
