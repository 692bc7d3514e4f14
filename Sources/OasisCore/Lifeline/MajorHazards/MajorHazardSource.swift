/// One entry of the register of major hazard sources (重大危险源, policy measure 二十一): a production or storage unit
/// holding hazardous chemicals, with its code (the key), its names, the unit of the register of units that owns it,
/// its region, where it lies (WGS-84), the people within 500 m of its boundary (from which α follows, GB 18218-2018
/// table 5) and its inventory. `figures` is what GB 18218-2018 makes of the inventory; the store works it out on
/// every save, so whatever a client sends there is replaced.
public struct MajorHazardSource: Codable, Sendable, Equatable {
    public var code: String
    public var names: LocalizedText
    public var ownerUnit: String
    public var region: String
    public var location: GeoPoint
    /// People within 500 m of the installation's boundary (GB 18218-2018 4.3.3, table 5).
    public var exposedPeople: Int
    public var inventory: [HazardInventoryItem]
    public var figures: MajorHazardFigures?

    public init(
        code: String, names: LocalizedText, ownerUnit: String, region: String, location: GeoPoint, exposedPeople: Int,
        inventory: [HazardInventoryItem]
    ) {
        self.code = code
        self.names = names
        self.ownerUnit = ownerUnit
        self.region = region
        self.location = location
        self.exposedPeople = exposedPeople
        self.inventory = inventory
    }

    /// The source's problems (text fields, region code, coordinates, the inventory GB 18218-2018 cannot assess), each
    /// naming its field (`ownerUnit`, `location.latitude`, `inventory[1].tonnes`); with none, the figures. Whether the
    /// unit and region exist is the store's check.
    public func assessed(tables: GB18218Tables = .standard) -> (problems: [OasisError.Detail], figures: MajorHazardFigures?) {
        var problems: [OasisError.Detail] = []
        for (field, value) in [("code", code), ("ownerUnit", ownerUnit)] {
            if let reason = LifelineText.reason(value) { problems.append(.init(field: field, reason: reason)) }
        }
        if names.texts.isEmpty { problems.append(.init(field: "names", reason: "give a name in at least one language")) }
        for (language, name) in names.texts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if let reason = LifelineText.reason(name) { problems.append(.init(field: "names.\(language.rawValue)", reason: reason)) }
        }
        if (try? RegionCode(region)) == nil {
            problems.append(.init(field: "region", reason: "\"\(region.prefix(16))\" is not a region code"))
        }
        if let detail = NumericDomain.longitude.detail(location.longitude, field: "location.longitude") { problems.append(detail) }
        if let detail = NumericDomain.latitude.detail(location.latitude, field: "location.latitude") { problems.append(detail) }
        do {
            let assessment = try MajorHazardAssessment(items: inventory, exposedPeople: exposedPeople, tables: tables)
            guard problems.isEmpty else { return (problems, nil) }
            return ([], MajorHazardFigures(assessment))
        } catch {
            // The assessment names items[i]; the register calls them inventory[i].
            problems += error.details.map { detail in
                var renamed = detail
                renamed.field = detail.field.map { $0.hasPrefix("items") ? "inventory" + $0.dropFirst("items".count) : $0 }
                return renamed
            }
            return (problems, nil)
        }
    }
}
