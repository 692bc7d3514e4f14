/// One feature of a spatial layer, in WGS-84: a facility, a residence, a shelter or an analysis result.
/// The numbers the analyses need are typed; every other property is kept as a JSON object text.
public struct SpatialFeature: Sendable, Hashable {
    public var layer: SpatialLayer
    /// The identifier the source gave it (the GeoJSON feature's `id` or `properties.external_id`).
    public var externalID: String?
    /// The statistical division code of the region it lies in, when known.
    public var region: String?
    /// The facility type, shelter class or residence type (the layer's `kindProperty`).
    public var kind: String?
    public var name: String?
    public var geometry: SpatialGeometry
    /// People living there (residences).
    public var population: Double?
    /// The usable area in m² (shelters, GB 21734).
    public var effectiveArea: Double?
    /// People or places it serves, when the source says.
    public var capacity: Double?
    /// The remaining properties as a JSON object text with sorted keys (`{}` when none).
    public var otherProperties: String

    public init(
        layer: SpatialLayer, externalID: String? = nil, region: String? = nil, kind: String? = nil, name: String? = nil,
        geometry: SpatialGeometry, population: Double? = nil, effectiveArea: Double? = nil, capacity: Double? = nil,
        otherProperties: String = "{}"
    ) {
        self.layer = layer
        self.externalID = externalID
        self.region = region
        self.kind = kind
        self.name = name
        self.geometry = geometry
        self.population = population
        self.effectiveArea = effectiveArea
        self.capacity = capacity
        self.otherProperties = otherProperties
    }

    public var bbox: SpatialBox { geometry.bbox }
    public var representativePoint: GeoPoint { geometry.representativePoint }
}
