import OasisCore

/// A map drawn by Oasis from features alone (no base map, so no approved map image is needed): polygons,
/// lines (the walking network), points by category with a marker shape each, and points coloured by a
/// `CoverageScale` (residences by minutes to the nearest kindergarten), with a scale bar, a legend, a
/// title and description for screen readers and an optional source line. Positions are WGS-84; the
/// projection is `MapProjection`'s (north up). The same input gives the same text.
public struct FeatureMap: Sendable {
    public var title: String
    public var description: String
    public var polygons: [MapPolygon] = []
    public var lines: [[GeoPoint]] = []
    /// Lines stroked in their category's colour.
    public var categoryLines: [MapLine] = []
    /// Lines stroked in the coverage scale's colour of their value (streets by walking minutes).
    public var valuedLines: [MapValuedLine] = []
    public var points: [MapPoint] = []
    /// The categories in legend order; a point whose category is not listed is drawn as a grey circle.
    public var categories: [MapCategory] = []
    /// Colours the points that carry a value.
    public var coverage: CoverageScale?
    public var source: String?
    public var width: Double = 640

    public static let margin = 16.0
    public static let top = 30.0
    public static let legendRow = 18.0

    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }

    public func render() -> String {
        var extent: [GeoPoint] = polygons.flatMap { $0.rings.flatMap { $0 } }
        extent += lines.flatMap { $0 }
        extent += categoryLines.flatMap(\.points)
        extent += valuedLines.flatMap(\.points)
        extent += points.map(\.position)
        let projection = MapProjection(points: extent, width: width, margin: Self.margin, top: Self.top + Self.margin)
        let mapBottom = Self.top + Self.margin + (projection?.contentHeight ?? 0) + Self.margin
        let legend = legendEntries()
        let legendTop = mapBottom + 24
        let height = legendTop + Double(legend.count) * Self.legendRow + (source == nil ? 8 : 24)
        var svg = SVG.open(width: width, height: height, title: title, description: description)
        svg += SVG.text(title, x: 0, y: 16, size: 14, weight: "bold")
        if let projection {
            // The map itself in a viewport of its own, so that a page can zoom and pan it (its viewBox) while the title,
            // the scale bar and the legend stay put; strokes keep their width at any zoom.
            let (w, h) = (SVG.number(width, decimals: 0), SVG.number(mapBottom, decimals: 0))
            svg += "<svg class=\"map-viewport\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" overflow=\"hidden\">"
            svg += "<g class=\"polygons\">"
            for polygon in polygons {
                svg +=
                    "<path d=\"\(projection.path(rings: polygon.rings))\" fill=\"\(SVG.escape(polygon.fill))\" fill-rule=\"evenodd\" stroke=\"#4b5d5b\" stroke-width=\"0.8\"><title translate=\"no\">\(SVG.escape(polygon.name))</title></path>"
            }
            svg += "</g>"
            let network = lines.filter { $0.count >= 2 }.map(projection.path(line:)).joined(separator: " ")
            if !network.isEmpty {
                svg +=
                    "<path class=\"lines\" d=\"\(network)\" fill=\"none\" stroke=\"#9aa7a5\" stroke-width=\"0.6\" stroke-linecap=\"round\" vector-effect=\"non-scaling-stroke\"/>"
            }
            if let coverage, !valuedLines.isEmpty {
                // One path per colour band, so that a city's streets stay a handful of elements.
                var byFill: [String: [String]] = [:]
                var order: [String] = []
                for line in valuedLines where line.points.count >= 2 {
                    let fill = coverage.fill(for: line.value)
                    if byFill[fill] == nil { order.append(fill) }
                    byFill[fill, default: []].append(projection.path(line: line.points))
                }
                svg += "<g class=\"valued-lines\">"
                for fill in order {
                    svg +=
                        "<path d=\"\(byFill[fill, default: []].joined(separator: " "))\" fill=\"none\" stroke=\"\(SVG.escape(fill))\" stroke-width=\"1.6\" stroke-linecap=\"round\" vector-effect=\"non-scaling-stroke\"/>"
                }
                svg += "</g>"
            }
            svg += "<g class=\"category-lines\">"
            for line in categoryLines where line.points.count >= 2 {
                let stroke = categories.first { $0.key == line.category }?.fill ?? "#8a8a8a"
                svg +=
                    "<path d=\"\(projection.path(line: line.points))\" data-category=\"\(SVG.escape(line.category))\" fill=\"none\" stroke=\"\(SVG.escape(stroke))\" stroke-width=\"3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"><title translate=\"no\">\(SVG.escape(line.name))</title></path>"
            }
            svg += "</g>"
            svg += "<g class=\"points\">"
            // Valued points first, so that category markers (facilities) stay on top.
            for point in points.filter({ $0.value != nil && coverage != nil }) + points.filter({ $0.value == nil || coverage == nil }) {
                svg += marker(for: point, at: projection)
            }
            svg += "</g></svg>"
            let bar = ScaleBar(metresPerUnit: projection.metresPerUnit, maximumLength: (width - 2 * Self.margin) / 4)
            svg += bar.render(x: Self.margin, y: mapBottom + 6)
        }
        svg += "<g class=\"legend\">"
        for (index, entry) in legend.enumerated() {
            let y = legendTop + Double(index) * Self.legendRow
            svg +=
                "<g class=\"legend-entry\">" + entry.symbol(Self.margin + 6, y + 5) + SVG.text(entry.label, x: Self.margin + 18, y: y + 9, size: 11)
                + "</g>"
        }
        svg += "</g>"
        if let source { svg += SVG.text(source, x: 0, y: height - 4, size: 9, fill: "#4b5d5b") }
        return svg + "</svg>"
    }

    /// One legend line: a symbol drawn at a centre, and its text.
    private struct LegendEntry {
        var label: String
        var symbol: (Double, Double) -> String
    }

    private func legendEntries() -> [LegendEntry] {
        var entries = categories.map { category in
            LegendEntry(label: category.label) { Self.shape(category.shape, x: $0, y: $1, fill: category.fill) }
        }
        if let coverage {
            let swatch = { (fill: String) in { (x: Double, y: Double) in Self.shape(.circle, x: x, y: y, fill: fill) } }
            entries += coverage.bands.map { LegendEntry(label: "\(coverage.title) \($0.label)", symbol: swatch($0.fill)) }
            entries.append(LegendEntry(label: "\(coverage.title) \(coverage.beyondLabel)", symbol: swatch(coverage.beyondFill)))
        }
        return entries
    }

    private func marker(for point: MapPoint, at projection: MapProjection) -> String {
        let x = projection.x(point.position)
        let y = projection.y(point.position)
        let tooltip = "<title translate=\"no\">\(SVG.escape(point.name))</title>"
        if let value = point.value, let coverage {
            let fill = coverage.fill(for: value)
            return
                "<circle class=\"valued\" cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"3\" fill=\"\(fill)\" stroke=\"#1d2b2a\" stroke-width=\"0.4\">\(tooltip)</circle>"
        }
        let category = categories.first { $0.key == point.category }
        let key = SVG.escape(point.category ?? "")
        return
            "<g class=\"point\" data-category=\"\(key)\">\(tooltip)\(Self.shape(category?.shape ?? .circle, x: x, y: y, fill: category?.fill ?? "#8a8a8a"))</g>"
    }

    /// A marker of one shape centred at (x, y), outlined so that it shows on any fill.
    public static func shape(_ shape: MapCategory.Shape, x: Double, y: Double, fill: String) -> String {
        let style = "fill=\"\(SVG.escape(fill))\" stroke=\"#1d2b2a\" stroke-width=\"1\""
        let n = { (value: Double) in SVG.number(value) }
        switch shape {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" \(style)/>"
        case .square:
            return "<rect x=\"\(n(x - 4.5))\" y=\"\(n(y - 4.5))\" width=\"9\" height=\"9\" \(style)/>"
        case .triangle:
            return "<path d=\"M\(n(x)),\(n(y - 5.5)) L\(n(x + 5.5)),\(n(y + 4.5)) L\(n(x - 5.5)),\(n(y + 4.5)) Z\" \(style)/>"
        case .diamond:
            return "<path d=\"M\(n(x)),\(n(y - 6)) L\(n(x + 6)),\(n(y)) L\(n(x)),\(n(y + 6)) L\(n(x - 6)),\(n(y)) Z\" \(style)/>"
        }
    }
}
