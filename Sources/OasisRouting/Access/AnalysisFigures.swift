import OasisCore

/// The analyses' results as the health check's figures (`AccessIndicator`): per region, the covered residents
/// over all residents for the coverage shares, and effective shelter area over residents for U22.
public enum AnalysisFigures {
    /// P04–P12 from population-weighted coverage. A type or tier the standard does not have yields no figure.
    public static func access(_ coverage: [RegionCoverage], period: Int) -> [AnalysisFigure] {
        var figures: [AnalysisFigure] = []
        for region in coverage where !region.region.isEmpty {
            for indicator in AccessIndicator.all {
                let share: Double?
                switch indicator.measure {
                case .typeWithinTier(let type, let tier):
                    share = tier < region.tiers.count ? Self.share(of: type, in: region.tiers[tier].typeShares) : nil
                case .tierMet(let tier):
                    share = tier < region.tiers.count ? region.tiers[tier].share : nil
                case .shelterAreaPerResident:
                    share = nil
                }
                guard let share else { continue }
                figures.append(
                    AnalysisFigure(
                        region: region.region, indicator: indicator.code, period: period,
                        numerator: share * region.population, denominator: region.population))
            }
        }
        return figures
    }

    /// The share of `type` among a tier's; for alternatives (`market|supermarket`) that a standard names only in part
    /// (`market` alone, in an operator's file), the share of the first alternative it names.
    static func share(of type: String, in shares: [String: Double]) -> Double? {
        if let share = shares[type] { return share }
        return type.split(separator: "|").lazy.compactMap { shares[String($0)] }.first
    }

    /// U22 (shelter area per resident) from the shelter analysis' districts.
    public static func shelters(_ districts: [DistrictShelterSummary], period: Int) -> [AnalysisFigure] {
        guard let code = AccessIndicator.all.first(where: { $0.measure == .shelterAreaPerResident })?.code else { return [] }
        return districts.filter { !$0.district.isEmpty }.map {
            AnalysisFigure(region: $0.district, indicator: code, period: period, numerator: $0.effectiveArea, denominator: $0.population)
        }
    }
}
