/// An indicator the spatial analyses compute, with how: the population-weighted share of residents within the
/// walking distance of one facility type (at the distance of a living-circle tier), the share meeting a whole
/// tier (GB 50180: every facility type of that tier and of the tiers below it), or the shelters' effective area
/// per resident. Figures are kept as numerator and denominator per region, so a region's value sums the regions
/// below it.
public struct AccessIndicator: Sendable, Hashable {
    public enum Measure: Sendable, Hashable {
        /// Residents within the distance of tier `tier` (0 = 5-minute) of the nearest facility of `type` (alternatives
        /// joined by `|`, as the tier's requirement names them).
        case typeWithinTier(type: String, tier: Int)
        /// Residents meeting every requirement of tier `tier`.
        case tierMet(tier: Int)
        /// Effective shelter area (m²) per resident.
        case shelterAreaPerResident
    }

    public let code: String
    public let measure: Measure
    /// Percent for the shares, m² per person for shelter area.
    public var isPercentage: Bool { measure != .shelterAreaPerResident }

    public init(code: String, measure: Measure) {
        self.code = code
        self.measure = measure
    }

    /// The value from the summed figures: a percentage for shares, a ratio otherwise; nil without residents.
    public func value(numerator: Double, denominator: Double) -> Double? {
        guard denominator > 0 else { return nil }
        return isPercentage ? numerator / denominator * 100 : numerator / denominator
    }

    /// The living-circle indicators (P04–P12 in the built-in framework: P marks what the platform computes) and U22, the official
    /// shelter area per capita (人均避难场所有效面积), which the shelter analysis computes.
    public static let all: [AccessIndicator] = [
        AccessIndicator(code: "P04", measure: .typeWithinTier(type: "kindergarten", tier: 0)),
        AccessIndicator(code: "P05", measure: .typeWithinTier(type: "primary_school", tier: 1)),
        AccessIndicator(code: "P06", measure: .typeWithinTier(type: "middle_school", tier: 2)),
        AccessIndicator(code: "P07", measure: .typeWithinTier(type: "clinic", tier: 0)),
        AccessIndicator(code: "P08", measure: .typeWithinTier(type: "elderly_care", tier: 2)),
        AccessIndicator(code: "P09", measure: .typeWithinTier(type: "market|supermarket", tier: 1)),
        AccessIndicator(code: "P10", measure: .tierMet(tier: 0)),
        AccessIndicator(code: "P11", measure: .tierMet(tier: 1)),
        AccessIndicator(code: "P12", measure: .tierMet(tier: 2)),
        AccessIndicator(code: "U22", measure: .shelterAreaPerResident),
    ]

    public static func named(_ code: String) -> AccessIndicator? { all.first { $0.code == code } }
}
