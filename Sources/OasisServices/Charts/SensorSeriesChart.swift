import Foundation

/// A sensor's recent values over time as an SVG line, with its alert thresholds as dashed lines in their levels'
/// colours, drawn by Oasis: the first and last times under the axis (China time), the value range beside it.
public struct SensorSeriesChart {
    public struct Sample: Sendable, Hashable {
        public var time: Date
        public var value: Double

        public init(time: Date, value: Double) {
            self.time = time
            self.value = value
        }
    }

    public struct Threshold: Sendable, Hashable {
        public var value: Double
        public var label: String
        public var colour: String

        public init(value: Double, label: String, colour: String) {
            self.value = value
            self.label = label
            self.colour = colour
        }
    }

    public var title: String
    public var unit: String
    public var samples: [Sample]
    public var thresholds: [Threshold]
    public var width = 640.0
    public var height = 280.0

    public init(title: String, unit: String, samples: [Sample], thresholds: [Threshold]) {
        self.title = title
        self.unit = unit
        self.samples = samples.sorted { $0.time < $1.time }
        self.thresholds = thresholds
    }

    static let left = 56.0
    static let right = 150.0
    static let top = 30.0
    static let bottom = 40.0

    public func render() -> String {
        var svg = SVG.open(width: width, height: height, title: title)
        svg += SVG.text(title, x: 0, y: 16, size: 14, weight: "bold")
        let values = samples.map(\.value) + thresholds.map(\.value)
        guard let first = samples.first, let last = samples.last, var low = values.min(), var high = values.max() else {
            return svg + "</svg>"
        }
        if high - low < 1e-9 {
            low -= 1
            high += 1
        }
        let pad = (high - low) * 0.08
        low -= pad
        high += pad
        let plotWidth = width - Self.left - Self.right
        let plotHeight = height - Self.top - Self.bottom
        let span = max(last.time.timeIntervalSince(first.time), 1)
        func x(_ time: Date) -> Double { Self.left + time.timeIntervalSince(first.time) / span * plotWidth }
        func y(_ value: Double) -> Double { Self.top + (high - value) / (high - low) * plotHeight }
        let n = { (value: Double) in SVG.number(value) }
        svg +=
            "<rect x=\"\(n(Self.left))\" y=\"\(n(Self.top))\" width=\"\(n(plotWidth))\" height=\"\(n(plotHeight))\" fill=\"none\" stroke=\"#c9c9c9\"/>"
        for threshold in thresholds {
            let level = y(threshold.value)
            svg +=
                "<line class=\"threshold\" x1=\"\(n(Self.left))\" y1=\"\(n(level))\" x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(level))\" stroke=\"\(SVG.escape(threshold.colour))\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
            svg += SVG.text(
                "\(threshold.label) \(SVG.number(threshold.value, decimals: 2)) \(unit)", x: Self.left + plotWidth + 6, y: level + 4, size: 11,
                fill: "#1d2b2a")
        }
        let line = samples.map { "\(n(x($0.time))),\(n(y($0.value)))" }.joined(separator: " ")
        svg += "<polyline class=\"series\" points=\"\(line)\" fill=\"none\" stroke=\"#1f6f8b\" stroke-width=\"1.8\"/>"
        if samples.count == 1 { svg += "<circle cx=\"\(n(x(first.time)))\" cy=\"\(n(y(first.value)))\" r=\"3\" fill=\"#1f6f8b\"/>" }
        svg += SVG.text(SVG.number(high, decimals: 2), x: Self.left - 6, y: Self.top + 10, anchor: "end", size: 11)
        svg += SVG.text(SVG.number(low, decimals: 2), x: Self.left - 6, y: Self.top + plotHeight, anchor: "end", size: 11)
        svg += SVG.text(unit, x: Self.left - 6, y: Self.top + plotHeight / 2, anchor: "end", size: 11)
        let timeY = Self.top + plotHeight + 18
        svg += SVG.text(NumberFormat.chinaTime(first.time), x: Self.left, y: timeY, size: 11)
        svg += SVG.text(NumberFormat.chinaTime(last.time), x: Self.left + plotWidth, y: timeY, anchor: "end", size: 11)
        return svg + "</svg>"
    }
}
