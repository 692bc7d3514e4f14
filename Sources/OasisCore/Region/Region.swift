/// One administrative region with its names and census figures.
public struct Region: Codable, Sendable, Hashable {
    public var code: RegionCode
    public var parentCode: RegionCode?
    public var level: RegionLevel
    public var nameZh: String
    public var nameEn: String
    /// Resident population at the census (people).
    public var population: Int?
    /// Urban resident population at the census (people).
    public var urbanPopulation: Int?
    /// The year the population figures refer to.
    public var censusYear: Int?

    public init(
        code: RegionCode, parentCode: RegionCode?, level: RegionLevel, nameZh: String, nameEn: String,
        population: Int? = nil, urbanPopulation: Int? = nil, censusYear: Int? = nil
    ) {
        self.code = code
        self.parentCode = parentCode
        self.level = level
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.population = population
        self.urbanPopulation = urbanPopulation
        self.censusYear = censusYear
    }

    /// Urban population as a share of the total, in percent (urbanisation rate, 城镇化率).
    public var urbanisationRate: Double? {
        guard let population, let urbanPopulation, population > 0 else { return nil }
        return Double(urbanPopulation) / Double(population) * 100
    }

    /// The display name in the given language.
    public func name(in language: Language) -> String {
        switch language {
        case .zhHans: nameZh
        case .en: nameEn
        }
    }
}
