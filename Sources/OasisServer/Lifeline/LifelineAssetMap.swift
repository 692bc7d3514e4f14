import OasisCore
import OasisServices

/// The lifeline page's map, drawn by Oasis (no base map): the pipelines as lines stroked in their state's colour, and
/// each asset as a marker at its line's middle vertex (or its point) coloured by its state, the most severe level
/// among its alerts not yet closed (Ⅰ red … Ⅳ blue), green when it has none.
struct LifelineAssetMap {
    static let fills: [AlertLevel: String] = [.red: "#c0392b", .orange: "#e67e22", .yellow: "#f1c40f", .blue: "#2e86c1"]
    static let normalFill = "#27ae60"

    var assets: [LifelineAsset]
    /// Asset code → the most severe level of its alerts not yet closed.
    var states: [String: AlertLevel]

    /// The most severe level per asset among `alerts` that are not closed.
    static func states(of alerts: [LifelineAlert]) -> [String: AlertLevel] {
        var states: [String: AlertLevel] = [:]
        for alert in alerts where alert.status != .closed {
            if let known = states[alert.asset], known.rawValue <= alert.level.rawValue { continue }
            states[alert.asset] = alert.level
        }
        return states
    }

    /// Where an asset's marker goes: a point, or its line's middle vertex.
    static func marker(_ geometry: LifelineGeometry) -> GeoPoint? {
        switch geometry {
        case .point(let point): point
        case .line(let points): points.isEmpty ? nil : points[points.count / 2]
        }
    }

    /// The legend category of an asset's state.
    func category(of asset: LifelineAsset) -> String {
        states[asset.code].map { "level:\($0.rawValue)" } ?? "normal"
    }

    func render(catalogue: MessageCatalogue, language: Language) -> String {
        var map = FeatureMap(title: catalogue.text("lifeline_map_title", language), description: catalogue.text("lifeline_map_description", language))
        map.categoryLines = assets.compactMap { asset in
            guard case .line(let points) = asset.geometry else { return nil }
            return MapLine(points: points, name: "\(asset.code) \(asset.name)", category: category(of: asset))
        }
        map.categories =
            AlertLevel.allCases.map { level in
                MapCategory(
                    key: "level:\(level.rawValue)", label: catalogue.text(MessageKey(level.messageKey), language),
                    fill: Self.fills[level] ?? "#8a8a8a", shape: .circle)
            } + [MapCategory(key: "normal", label: catalogue.text("lifeline_state_normal", language), fill: Self.normalFill, shape: .circle)]
        map.points = assets.compactMap { asset in
            guard let position = Self.marker(asset.geometry) else { return nil }
            return MapPoint(position: position, name: "\(asset.code) \(asset.name)", category: category(of: asset))
        }
        map.source = catalogue.text("lifeline_map_source", language)
        return map.render()
    }
}
