/// Census figures as indicators: P01 resident population, P02 urban population, P03 urbanisation rate
/// (urban ÷ resident × 100), for the census year of each region's figures.
public struct CensusIndicatorSource: ComputedIndicatorSource {
    public static let population = "P01"
    public static let urbanPopulation = "P02"
    public static let urbanisationRate = "P03"

    public init() {}

    public var indicatorCodes: [String] { [Self.population, Self.urbanPopulation, Self.urbanisationRate] }

    public func observations(for regions: [Region]) async throws -> [IndicatorObservation] {
        var observations: [IndicatorObservation] = []
        for region in regions {
            guard let year = region.censusYear else { continue }
            let code = region.code.rawValue
            if let population = region.population {
                observations.append(.init(region: code, indicator: Self.population, period: year, value: Double(population)))
            }
            if let urban = region.urbanPopulation {
                observations.append(.init(region: code, indicator: Self.urbanPopulation, period: year, value: Double(urban)))
            }
            if let rate = region.urbanisationRate {
                observations.append(.init(region: code, indicator: Self.urbanisationRate, period: year, value: rate))
            }
        }
        return observations
    }
}
