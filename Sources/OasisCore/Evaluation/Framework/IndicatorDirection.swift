/// Which way an indicator improves.
public enum IndicatorDirection: String, Codable, Sendable, CaseIterable {
    /// Problem counts and gaps: fewer is better.
    case lowerIsBetter
    /// Coverage and supply rates: more is better.
    case higherIsBetter
    /// A target band: inside is good, either side is worse.
    case band
}
