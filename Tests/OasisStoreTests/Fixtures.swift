import Foundation
import OasisCore
import OasisStore

/// Small region sets for the contract tests.
enum Fixtures {
    static func region(_ code: String, _ parent: String?, _ level: RegionLevel, _ zh: String, _ en: String, population: Int? = nil, urban: Int? = nil)
        -> Region
    {
        Region(
            code: try! RegionCode(code), parentCode: parent.map { try! RegionCode($0) }, level: level, nameZh: zh, nameEn: en,
            population: population, urbanPopulation: urban, censusYear: population == nil ? nil : 2020)
    }

    static let xinjiangSample: [Region] = [
        region("650000", nil, .province, "新疆维吾尔自治区", "Xinjiang", population: 25_852_345, urban: 14_613_622),
        region("650100", "650000", .prefecture, "乌鲁木齐市", "Urumqi", population: 4_054_369, urban: 3_882_487),
        region("650102", "650100", .county, "天山区", "Tianshan District", population: 709_386, urban: 709_386),
        region("653100", "650000", .prefecture, "喀什地区", "Kashgar Prefecture", population: 4_496_377, urban: 1_553_563),
        region("653101", "653100", .county, "喀什市", "Kashgar City", population: 711_300, urban: 570_000),
    ]

    static func user(_ store: Store, _ username: String, role: Role, regions: [String] = []) async throws -> User {
        try await store.users.create(
            username: username, displayName: username, role: role,
            scope: AccessScope(regions: regions.map { try! RegionCode($0) }), passwordHash: "x", mustChangePassword: false, by: .system
        )
    }
}
