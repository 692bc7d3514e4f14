import OasisCore
import OasisServices
import OasisStore

/// The request and answer bodies of the health-check routes.
extension EvaluationRoutes {
    struct ValueInput: Decodable {
        var region: String
        var indicator: String
        var period: Int
        var value: Double
        var source: String?
    }

    /// One page of the problem ledger: the rows matching the filters, `total` of them in all.
    struct ProblemPage: Encodable {
        var total: Int
        var offset: Int
        var limit: Int?
        var items: [LedgerProblem]
    }

    struct StatusChange: Decodable {
        var status: ProblemStatus
        var period: Int?
        var note: String?
    }

    /// One region of the ranking; in JSON its name keeps the flat `nameZh` and `nameEn` beside `names`.
    struct RankingRow: Encodable, NamedInLanguages {
        var region: String
        /// The region's name in every language that has one, keyed by language tag.
        var names: LocalizedText
        var overall: Double?
        var rank: Int?
        var change: Double?
        var failing: Int
        var goals: [CategoryScore]

        enum CodingKeys: String, CodingKey { case region, nameZh, nameEn, names, overall, rank, change, failing, goals }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(region, forKey: .region)
            try c.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
            try c.encodeIfPresent(overall, forKey: .overall)
            try c.encodeIfPresent(rank, forKey: .rank)
            try c.encodeIfPresent(change, forKey: .change)
            try c.encode(failing, forKey: .failing)
            try c.encode(goals, forKey: .goals)
        }
    }

    struct Ranking: Encodable {
        var level: String
        var period: Int
        var periods: [Int]
        var items: [RankingRow]
    }
}
