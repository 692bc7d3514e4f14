/// A tile map: one square per region, placed roughly by geography from `TileLayout`, shaded by score and
/// labelled with name and value, so it needs no base map (and no approved map image).
public struct TileMap {
    public struct Tile {
        var code: String
        var label: String
        var value: Double?
        var highlighted = false
        /// The label's language when it is not the page's (a district without a name in it), marked `lang`.
        var labelLanguage: String?

        public init(code: String, label: String, value: Double? = nil, highlighted: Bool = false, labelLanguage: String? = nil) {
            self.code = code
            self.label = label
            self.value = value
            self.highlighted = highlighted
            self.labelLanguage = labelLanguage
        }
    }

    public var title: String
    /// Draw the title inside the chart (off when the page already heads it).
    public var showsTitle = true
    public var tiles: [Tile]
    public var legend: String
    public var source: String?
    /// Where a tile leads: this followed by the region's code (nil: tiles are not links). By default the region's
    /// health check.
    public var linkPrefix: String?

    public init(
        title: String, showsTitle: Bool = true, tiles: [Tile], legend: String, source: String? = nil, linkPrefix: String? = "/evaluation/"
    ) {
        self.title = title
        self.showsTitle = showsTitle
        self.tiles = tiles
        self.legend = legend
        self.source = source
        self.linkPrefix = linkPrefix
    }

    /// The baselines of a name's lines and of the value, by the number of lines.
    static let baselines: [Int: (lines: [Double], value: Double)] = [1: ([26], 50), 2: ([19, 31], 55), 3: ([14, 26, 38], 60)]

    public func render() -> String {
        let size = 72.0
        let gap = 4.0
        let top = 30.0
        let positions = TileLayout.positions(for: tiles.map(\.code))
        let columns = (positions.values.map(\.column).max() ?? 0) + 1
        let rows = (positions.values.map(\.row).max() ?? 0) + 1
        let width = Double(columns) * (size + gap) + 10
        let height = top + Double(rows) * (size + gap) + 46
        var svg = SVG.open(width: max(width, 360), height: height, title: title)
        if showsTitle { svg += SVG.text(title, x: 0, y: 16, size: 14, weight: "bold") }
        for tile in tiles {
            guard let position = positions[tile.code] else { continue }
            let x = Double(position.column) * (size + gap)
            let y = top + Double(position.row) * (size + gap)
            let stroke = tile.highlighted ? "stroke=\"#d9a441\" stroke-width=\"4\"" : "stroke=\"#1d2b2a\" stroke-width=\"0.5\""
            let name = SVG.escape(tile.label)
            let lang = tile.labelLanguage.map { " lang=\"\(SVG.escape($0))\"" } ?? ""
            svg +=
                linkPrefix.map { "<a href=\"\(SVG.escape($0 + tile.code))\" data-name=\"\(name)\"\(lang)>" } ?? "<g data-name=\"\(name)\"\(lang)>"
            svg += "<title>\(name) \(tile.code): \(tile.value.map { SVG.number($0) } ?? "—")</title>"
            svg +=
                "<rect x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" width=\"\(size)\" height=\"\(size)\" rx=\"4\" fill=\"\(SVG.scoreFill(tile.value))\" \(stroke)/>"
            let ink = SVG.inkOn(tile.value)
            let lines = TileLabel.lines(tile.label, width: size - 6, size: SVG.minimumTextSize, maxLines: 3)
            let place = Self.baselines[lines.count] ?? Self.baselines[3]!
            let middle = SVG.number(x + size / 2)
            svg +=
                "<text class=\"tile-name\" x=\"\(middle)\" text-anchor=\"middle\" font-size=\"\(SVG.number(SVG.minimumTextSize, decimals: 0))\" fill=\"\(ink)\">"
            for (line, baseline) in zip(lines, place.lines) {
                svg += "<tspan x=\"\(middle)\" y=\"\(SVG.number(y + baseline))\">\(SVG.escape(line))</tspan>"
            }
            svg += "</text>"
            svg += SVG.text(
                tile.value.map { SVG.number($0) } ?? "—", x: x + size / 2, y: y + place.value, anchor: "middle", size: 13, weight: "bold", fill: ink)
            svg += linkPrefix == nil ? "</g>" : "</a>"
        }
        let legendY = height - 34
        for step in 0..<5 {
            let x = Double(step) * 46
            svg +=
                "<rect x=\"\(SVG.number(x))\" y=\"\(SVG.number(legendY))\" width=\"44\" height=\"12\" fill=\"\(SVG.scoreFill(Double(step) * 20 + 1))\" stroke=\"#1d2b2a\" stroke-width=\"0.5\"/>"
            svg += SVG.text("\(step * 20)–\(step * 20 + 20)", x: x + 22, y: legendY + 24, anchor: "middle", size: 9)
        }
        svg += SVG.text(legend, x: 240, y: legendY + 10, size: 10, fill: "#4b5d5b")
        if let source { svg += SVG.text(source, x: 0, y: height - 2, size: 9, fill: "#4b5d5b") }
        return svg + "</svg>"
    }
}
