import OasisCore
import OasisServices
import OasisStore

/// The four-colour risk map of major hazards (红橙黄蓝), drawn by Oasis from the regions' stored outlines (no base
/// map): each outlined region filled with the colour of the worst grade among the major hazards in it or below it
/// (grade 1 red, 2 orange, 3 yellow, 4 blue; grey without one), the deeper regions drawn over the ones above them, and
/// each source within the outlines' extent a marker in its own grade's colour; the legend in the page's language.
struct MajorHazardRiskMap {
    static let fills: [MajorHazardRiskColour: String] = [.red: "#c0392b", .orange: "#e67e22", .yellow: "#f1c40f", .blue: "#2e86c1"]
    static let noneFill = "#d5d8dc"

    var outlines: [RegionLocator.Entry]
    var sources: [MajorHazardSource]
    /// Region → the colour of the major hazards in it and below it.
    var colours: [String: MajorHazardRiskColour]
    /// Region code → its name in the page's language, for the outlines' tooltips.
    var regionNames: [String: String]

    static func key(_ colour: MajorHazardRiskColour?) -> String { colour.map { "colour:\($0.rawValue)" } ?? "none" }

    /// The SVG, or nil when there is neither an outline nor a source to draw.
    func render(catalogue: MessageCatalogue, language: Language) -> String? {
        guard !outlines.isEmpty || !sources.isEmpty else { return nil }
        var map = FeatureMap(title: catalogue.text("hazard_map_title", language), description: catalogue.text("hazard_map_description", language))
        map.polygons = outlines.sorted { ($0.depth, $0.code) < ($1.depth, $1.code) }.flatMap { entry in
            entry.area.polygons.map { rings in
                MapPolygon(
                    rings: rings, name: regionNames[entry.code] ?? entry.code,
                    fill: colours[entry.code].flatMap { Self.fills[$0] } ?? Self.noneFill)
            }
        }
        map.categories =
            MajorHazardRiskColour.allCases.map { colour in
                MapCategory(
                    key: Self.key(colour), label: catalogue.text(colour.messageKey, language), fill: Self.fills[colour] ?? Self.noneFill,
                    shape: .square)
            } + [MapCategory(key: Self.key(nil), label: catalogue.text("hazard_colour_none", language), fill: Self.noneFill, shape: .square)]
        // With outlines, the map shows their extent: a source beyond every outline is listed on the page but not drawn.
        let ground = outlines.flatMap { $0.area.polygons.flatMap { $0.flatMap { $0 } } }
        var drawn = sources
        if let west = ground.map(\.longitude).min(), let east = ground.map(\.longitude).max(), let south = ground.map(\.latitude).min(),
            let north = ground.map(\.latitude).max()
        {
            drawn = sources.filter { (west...east).contains($0.location.longitude) && (south...north).contains($0.location.latitude) }
        }
        map.points = drawn.map { source in
            MapPoint(
                position: source.location, name: "\(source.code) \(source.names.text(in: language))",
                category: Self.key(source.figures?.grade.map(MajorHazardRiskColour.init(grade:))))
        }
        map.source = catalogue.text("hazard_map_source", language)
        return map.render()
    }
}
