import OasisCore
import OasisServices

/// A region as the API shows it.
struct RegionDTO: Codable, Sendable {
    var code: String
    var parentCode: String?
    var level: String
    var nameZh: String
    var nameEn: String
    /// The name in every language that has one, keyed by language tag.
    var names: [String: String]
    var population: Int?
    var urbanPopulation: Int?
    var urbanisationRate: Double?
    var censusYear: Int?

    init(_ region: Region) {
        code = region.code.rawValue
        parentCode = region.parentCode?.rawValue
        level = region.level.rawValue
        nameZh = region.nameZh
        nameEn = region.nameEn
        names = Dictionary(uniqueKeysWithValues: region.names.texts.map { ($0.key.rawValue, $0.value) })
        population = region.population
        urbanPopulation = region.urbanPopulation
        urbanisationRate = region.urbanisationRate.map { ($0 * 100).rounded() / 100 }
        censusYear = region.censusYear
    }
}
