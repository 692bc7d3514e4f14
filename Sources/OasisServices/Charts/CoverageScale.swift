/// How a `FeatureMap` colours points by value: bands with upper bounds (inclusive) and a band beyond the
/// last, for example walking minutes to the nearest kindergarten ≤ 5, ≤ 10, ≤ 15 and beyond.
/// Fills go from dark (near) to light (far) so that the order survives grey printing.
public struct CoverageScale: Sendable, Hashable {
    public struct Band: Sendable, Hashable {
        public var upperBound: Double
        public var label: String
        public var fill: String

        public init(upperBound: Double, label: String, fill: String) {
            self.upperBound = upperBound
            self.label = label
            self.fill = fill
        }
    }

    public var title: String
    public var bands: [Band]
    public var beyondLabel: String
    public var beyondFill: String

    public init(title: String, bands: [Band], beyondLabel: String, beyondFill: String = "#f2c6b4") {
        self.title = title
        self.bands = bands.sorted { $0.upperBound < $1.upperBound }
        self.beyondLabel = beyondLabel
        self.beyondFill = beyondFill
    }

    /// Walking minutes in bands: ≤ 5, ≤ 10, ≤ 15 min and beyond (labels in the caller's language).
    public static func minutes(title: String, bounds: [Double] = [5, 10, 15], unit: String = "min", beyond: String) -> CoverageScale {
        let fills = ["#0b5e52", "#3f8a7b", "#7fb3a7", "#b9d6cf", "#e8f1ef"]
        let bands = bounds.sorted().enumerated().map { index, bound in
            Band(upperBound: bound, label: "≤ \(SVG.number(bound, decimals: 0)) \(unit)", fill: fills[min(index, fills.count - 1)])
        }
        return CoverageScale(title: title, bands: bands, beyondLabel: beyond)
    }

    /// The fill of a value (the beyond band for infinity, NaN or anything above the last bound).
    public func fill(for value: Double) -> String {
        bands.first { value <= $0.upperBound }?.fill ?? beyondFill
    }
}
