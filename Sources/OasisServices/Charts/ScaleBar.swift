/// A map's scale bar: the longest round length (1, 2 or 5 × a power of ten metres) that fits in the
/// room given, labelled in m or km.
public struct ScaleBar {
    public let metres: Double
    public let length: Double

    public init(metresPerUnit: Double, maximumLength: Double) {
        var chosen = 1.0
        var magnitude = 1.0
        search: while magnitude < 1e8 {
            for step in [1.0, 2.0, 5.0] {
                let candidate = step * magnitude
                if candidate / metresPerUnit > maximumLength { break search }
                chosen = candidate
            }
            magnitude *= 10
        }
        metres = chosen
        length = chosen / metresPerUnit
    }

    public var label: String {
        metres >= 1_000
            ? "\(SVG.number(metres / 1_000, decimals: metres.truncatingRemainder(dividingBy: 1_000) == 0 ? 0 : 1)) km"
            : "\(SVG.number(metres, decimals: 0)) m"
    }

    public func render(x: Double, y: Double) -> String {
        var svg = "<g class=\"scale-bar\">"
        svg +=
            "<path d=\"M\(SVG.number(x)),\(SVG.number(y - 4)) L\(SVG.number(x)),\(SVG.number(y)) L\(SVG.number(x + length)),\(SVG.number(y)) L\(SVG.number(x + length)),\(SVG.number(y - 4))\" fill=\"none\" stroke=\"#1d2b2a\" stroke-width=\"1.5\"/>"
        svg += SVG.text(label, x: x + length / 2, y: y - 6, anchor: "middle", size: 10)
        return svg + "</g>"
    }
}
