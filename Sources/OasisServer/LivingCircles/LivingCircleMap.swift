import OasisCore
import OasisServices
import OasisStore

/// The living-circle page's map: the region's outline and the walking network's streets beneath the facilities by
/// type, shelters by class and residences; the streets and the residences coloured by walking minutes to the nearest
/// facility of the chosen type (the residences by the `access` layer's recorded results, when a run recorded them).
struct LivingCircleMap {
    /// The facility type whose walking minutes colour the map unless the page asks for another.
    static let colourType = "kindergarten"
    static let fills = ["#1f6f8b", "#b5651d", "#6b4c9a", "#2e7d32", "#a4343a", "#5d6d7e", "#c49a00", "#00838f"]
    static let shapes: [MapCategory.Shape] = [.circle, .square, .triangle]

    var facilities: [SpatialFeaturePoint]
    var shelters: [SpatialFeaturePoint]
    var residences: [SpatialFeaturePoint]
    /// Residence feature id → walking minutes to the nearest facility of `type` (`.infinity` beyond the search limit).
    var minutes: [Int64: Double]
    /// The facility type the minutes are to.
    var type = Self.colourType
    var outlines: [MapPolygon] = []
    /// The shelters' walking service areas from the latest isochrone job.
    var areas: [MapPolygon] = []
    static let areaFill = "#e67e2233"
    var streets: [MapValuedLine] = []

    /// A type's words: each alternative's (`market|supermarket`) joined by a slash.
    static func typeLabel(_ type: String, catalogue: MessageCatalogue, language: Language) -> String {
        type.split(separator: "|").map { part in
            let key = MessageKey("facility_\(part)")
            return catalogue.contains(key) ? catalogue.text(key, language) : String(part)
        }.joined(separator: "/")
    }

    func render(title: String, catalogue: MessageCatalogue, language: Language) -> String {
        func label(_ prefix: String, _ key: String) -> String {
            let message = MessageKey("\(prefix)_\(key)")
            return !catalogue.contains(message) ? key : catalogue.text(message, language)
        }
        var map = FeatureMap(title: title, description: catalogue.text("living_map_description", language))
        let types = Array(Set(facilities.compactMap(\.kind))).sorted()
        map.categories = types.enumerated().map { index, type in
            MapCategory(
                key: "facility:\(type)", label: label("facility", type), fill: Self.fills[index % Self.fills.count],
                shape: Self.shapes[(index / Self.fills.count) % Self.shapes.count])
        }
        let classes = Array(Set(shelters.compactMap(\.kind))).sorted()
        map.categories += classes.enumerated().map { index, shelterClass in
            MapCategory(
                key: "shelter:\(shelterClass)", label: catalogue.text("living_shelter", language) + " · " + label("shelter_class", shelterClass),
                fill: ["#d35400", "#f0b27a", "#873600", "#fad7a0"][index % 4], shape: .diamond)
        }
        if residences.contains(where: { minutes[$0.id] == nil }) {
            map.categories.append(MapCategory(key: "residence", label: catalogue.text("living_residence", language), fill: "#c9c9c9", shape: .circle))
        }
        if !minutes.isEmpty || !streets.isEmpty {
            map.coverage = .minutes(
                title: catalogue.text("living_minutes_to", language, Self.typeLabel(type, catalogue: catalogue, language: language)),
                unit: catalogue.text("living_minute_unit", language), beyond: catalogue.text("living_beyond", language))
        }
        map.polygons = outlines + areas
        if !areas.isEmpty {
            map.categories.append(
                MapCategory(key: "shelter-area", label: catalogue.text("living_shelter_service_area", language), fill: Self.areaFill, shape: .square))
        }
        map.valuedLines = streets
        func point(_ feature: SpatialFeaturePoint, category: String?, value: Double? = nil) -> MapPoint {
            MapPoint(
                position: GeoPoint(longitude: feature.longitude, latitude: feature.latitude), name: feature.name ?? feature.externalID ?? "",
                category: category, value: value)
        }
        map.points =
            residences.map { point($0, category: minutes[$0.id] == nil ? "residence" : nil, value: minutes[$0.id]) }
            + facilities.map { point($0, category: "facility:\($0.kind ?? "")") }
            + shelters.map { point($0, category: "shelter:\($0.kind ?? "")") }
        map.source = catalogue.text("living_map_source", language)
        return map.render()
    }
}
