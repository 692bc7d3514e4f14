/// One region's major hazards, its own and those of every region below it: how many sources the register holds, how
/// many of them are major hazards of each grade, and the region's colour on the four-colour risk map (the worst grade;
/// nil when no major hazard lies in it).
public struct MajorHazardRegionSummary: Codable, Sendable, Equatable {
    public var region: String
    public var sources: Int
    /// Grade ("1" … "4") → the major hazards of that grade; every grade is present, 0 when none.
    public var grades: [String: Int]
    public var colour: MajorHazardRiskColour?

    public init(region: String, sources: [MajorHazardSource]) {
        self.region = region
        self.sources = sources.count
        let graded = sources.compactMap { $0.figures?.grade }
        grades = Dictionary(
            uniqueKeysWithValues: MajorHazardGrade.allCases.map { grade in (String(grade.rawValue), graded.filter { $0 == grade }.count) })
        colour = MajorHazardRiskColour(worstOf: graded)
    }

    /// `colour` is written as null for a region without a major hazard, so that clients see the field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(sources, forKey: .sources)
        try container.encode(grades, forKey: .grades)
        try container.encode(colour, forKey: .colour)
    }

    /// One summary for every region that holds a source or has one below it (`parents`: region → parent region), by
    /// region code.
    public static func byRegion(_ sources: [MajorHazardSource], parents: [String: String]) -> [MajorHazardRegionSummary] {
        var within: [String: [MajorHazardSource]] = [:]
        for source in sources {
            var region: String? = source.region
            var seen: Set<String> = []
            while let current = region, seen.insert(current).inserted {
                within[current, default: []].append(source)
                region = parents[current]
            }
        }
        return within.sorted { $0.key < $1.key }.map { MajorHazardRegionSummary(region: $0.key, sources: $0.value) }
    }
}
