/// A trend over periods (overall score, or an indicator with its target), with labelled points and an
/// optional dashed target line.
public struct LineChart {
    public struct Point {
        var period: Int
        var value: Double
    }

    public var title: String
    /// Draw the title inside the chart (off when the page already heads it).
    public var showsTitle = true
    public var points: [Point]
    public var unit: String
    public var target: (value: Double, label: String)?
    public var projection: [Point] = []
    public var source: String?
    /// Drawn for a right-to-left page: time runs from right to left and the value axis stands on the right.
    public var rightToLeft = false

    public func render() -> String {
        let width = 560.0
        let height = 240.0
        let left = 50.0
        let right = 20.0
        let top = 34.0
        let bottom = 46.0
        let mirror = ChartMirror(width: width, active: rightToLeft)
        var svg = SVG.open(width: width, height: height, title: title, rightToLeft: rightToLeft)
        if showsTitle { svg += SVG.text(title, x: mirror.x(0), y: 16, size: 14, weight: "bold") }
        let all = points + projection
        guard let firstPeriod = all.map(\.period).min(), let lastPeriod = all.map(\.period).max() else {
            return svg + SVG.text("—", x: mirror.x(left), y: top + 20) + "</svg>"
        }
        var values = all.map(\.value)
        if let target { values.append(target.value) }
        var low = values.min()!
        var high = values.max()!
        if high - low < 1e-9 {
            low -= 1
            high += 1
        }
        let padding = (high - low) * 0.12
        low -= padding
        high += padding
        let span = Double(max(1, lastPeriod - firstPeriod))
        func x(_ period: Int) -> Double { mirror.x(left + (width - left - right) * Double(period - firstPeriod) / span) }
        func y(_ value: Double) -> Double { top + (height - top - bottom) * (1 - (value - low) / (high - low)) }
        let axis = SVG.number(mirror.x(left))
        let end = SVG.number(mirror.x(width - right))
        svg += "<line x1=\"\(axis)\" y1=\"\(height - bottom)\" x2=\"\(end)\" y2=\"\(height - bottom)\" stroke=\"#1d2b2a\"/>"
        svg += "<line x1=\"\(axis)\" y1=\"\(top)\" x2=\"\(axis)\" y2=\"\(height - bottom)\" stroke=\"#1d2b2a\"/>"
        for step in 0...4 {
            let value = low + (high - low) * Double(step) / 4
            svg += SVG.text(SVG.number(value), x: mirror.x(left - 6), y: y(value) + 4, anchor: "end", size: 10, fill: "#4b5d5b")
        }
        let periods = Set(all.map(\.period)).sorted()
        let every = max(1, periods.count / 8)
        for (index, period) in periods.enumerated() where index % every == 0 || period == periods.last {
            svg += SVG.text(String(period), x: x(period), y: height - bottom + 16, anchor: "middle", size: 10)
        }
        if let target {
            svg +=
                "<line x1=\"\(axis)\" y1=\"\(SVG.number(y(target.value)))\" x2=\"\(end)\" y2=\"\(SVG.number(y(target.value)))\" stroke=\"#a4161a\" stroke-dasharray=\"6,4\"/>"
            svg += SVG.text(target.label, x: mirror.x(width - right), y: y(target.value) - 5, anchor: "end", size: 10, fill: "#a4161a")
        }
        if projection.count >= 2 {
            let path = projection.map { "\(SVG.number(x($0.period))),\(SVG.number(y($0.value)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#4b5d5b\" stroke-dasharray=\"3,3\" stroke-width=\"1.5\"/>"
        }
        let path = points.map { "\(SVG.number(x($0.period))),\(SVG.number(y($0.value)))" }.joined(separator: " ")
        svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#0b6e63\" stroke-width=\"2\"/>"
        for point in points {
            svg += "<circle cx=\"\(SVG.number(x(point.period)))\" cy=\"\(SVG.number(y(point.value)))\" r=\"3.5\" fill=\"#0b6e63\"/>"
            svg += SVG.text(SVG.number(point.value), x: x(point.period), y: y(point.value) - 8, anchor: "middle", size: 10)
        }
        svg += SVG.text(unit, x: mirror.x(4), y: top - 4, size: 10, fill: "#4b5d5b")
        if let source { svg += SVG.text(source, x: mirror.x(0), y: height - 6, size: 10, fill: "#4b5d5b") }
        return svg + "</svg>"
    }
}
