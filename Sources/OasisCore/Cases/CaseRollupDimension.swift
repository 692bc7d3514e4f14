/// The groupings the hotline metrics are kept for, each by month: per unit, per region, per category, and
/// everything together.
public enum CaseRollupDimension: String, Codable, Sendable, CaseIterable {
    case unit
    case region
    case category
    case all
}
