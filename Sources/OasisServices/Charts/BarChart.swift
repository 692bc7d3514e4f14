/// Horizontal bars on a 0–100 scale (scores by goal or group), each labelled with its value; failing
/// items are hatched so status survives black-and-white printing.
public struct BarChart {
    public struct Bar {
        var label: String
        var value: Double?
        var note: String?
        var hatched = false

        public init(label: String, value: Double? = nil, note: String? = nil, hatched: Bool = false) {
            self.label = label
            self.value = value
            self.note = note
            self.hatched = hatched
        }
    }

    public var title: String
    /// Draw the title inside the chart (off when the page already heads it).
    public var showsTitle = true
    public var bars: [Bar]
    public var unit: String
    public var source: String?
    /// Drawn for a right-to-left page: labels on the right, bars growing to the left.
    public var rightToLeft: Bool

    public init(title: String, showsTitle: Bool = true, bars: [Bar], unit: String, source: String? = nil, rightToLeft: Bool = false) {
        self.title = title
        self.showsTitle = showsTitle
        self.bars = bars
        self.unit = unit
        self.source = source
        self.rightToLeft = rightToLeft
    }

    public func render() -> String {
        let labelWidth = 120.0
        let barWidth = 300.0
        let rowHeight = 26.0
        let top = 34.0
        let height = top + Double(bars.count) * rowHeight + (source == nil ? 16 : 34)
        let mirror = ChartMirror(width: labelWidth + barWidth + 230, active: rightToLeft)
        var svg = SVG.open(width: mirror.width, height: height, title: title, rightToLeft: rightToLeft)
        svg += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        svg +=
            "<rect width=\"6\" height=\"6\" fill=\"#d9a441\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#6b4a00\" stroke-width=\"2\"/></pattern></defs>"
        if showsTitle { svg += SVG.text(title, x: mirror.x(0), y: 16, size: 14, weight: "bold") }
        for tick in stride(from: 0.0, through: 100, by: 25) {
            let x = mirror.x(labelWidth + barWidth * tick / 100)
            svg +=
                "<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(top - 6))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(top + Double(bars.count) * rowHeight))\" stroke=\"#c9d6d3\" stroke-dasharray=\"2,3\"/>"
            svg += SVG.text(SVG.number(tick, decimals: 0), x: x, y: top - 9, anchor: "middle", size: 10, fill: "#4b5d5b")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            svg += SVG.text(bar.label, x: mirror.x(labelWidth - 8), y: y + 16, anchor: "end")
            if let value = bar.value {
                let width = max(1, barWidth * min(100, max(0, value)) / 100)
                let fill = bar.hatched ? "url(#hatch)" : "#0b6e63"
                svg +=
                    "<rect x=\"\(SVG.number(mirror.boxX(labelWidth, width: width)))\" y=\"\(SVG.number(y + 4))\" width=\"\(SVG.number(width))\" height=\"16\" fill=\"\(fill)\" stroke=\"#1d2b2a\" stroke-width=\"0.5\"/>"
                svg += SVG.text(
                    SVG.number(value) + (unit.isEmpty ? "" : " " + unit) + (bar.note.map { " " + $0 } ?? ""),
                    x: mirror.x(labelWidth + width + 6), y: y + 16, size: 11)
            } else {
                svg += SVG.text("—", x: mirror.x(labelWidth + 6), y: y + 16, fill: "#4b5d5b")
            }
        }
        if let source { svg += SVG.text(source, x: mirror.x(0), y: height - 8, size: 10, fill: "#4b5d5b") }
        return svg + "</svg>"
    }
}
