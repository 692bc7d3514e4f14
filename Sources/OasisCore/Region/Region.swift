/// One administrative region with its names and census figures.
public struct Region: Codable, Sendable, Hashable {
    public var code: RegionCode
    public var parentCode: RegionCode?
    public var level: RegionLevel
    /// The region's name in each language that has one (zh-Hans and English always; Uyghur for Xinjiang's
    /// prefectures and counties where the official Uyghur name is known).
    public var names: LocalizedText
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
        self.names = LocalizedText([.zhHans: nameZh, .en: nameEn])
        self.population = population
        self.urbanPopulation = urbanPopulation
        self.censusYear = censusYear
    }

    /// Urban population as a share of the total, in percent (urbanisation rate, 城镇化率).
    public var urbanisationRate: Double? {
        guard let population, let urbanPopulation, population > 0 else { return nil }
        return Double(urbanPopulation) / Double(population) * 100
    }

    /// The Chinese name, the one the statistical division code table gives (kept in its own store column).
    public var nameZh: String { names[.zhHans] ?? "" }
    /// The English name (kept in its own store column).
    public var nameEn: String { names[.en] ?? "" }

    /// The display name in the given language, falling back to zh-Hans and then English.
    public func name(in language: Language) -> String { names.text(in: language) }
}
