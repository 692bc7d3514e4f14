/// Horizontal positions of a chart drawn for a right-to-left page: mirrored about the chart's middle, so labels
/// stand on the right and bars grow to the left. With the chart's `direction="rtl"` a label's `text-anchor`
/// (start, end) mirrors with it, so the chart code keeps one set of anchors for both directions.
struct ChartMirror {
    /// The chart's width in user units.
    let width: Double
    let active: Bool

    /// A point's x.
    func x(_ x: Double) -> Double { active ? width - x : x }

    /// The left edge of a box that spans `x ..< x + boxWidth` left to right.
    func boxX(_ x: Double, width boxWidth: Double) -> Double { active ? width - x - boxWidth : x }
}
