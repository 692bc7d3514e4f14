import OasisCore
import OasisServices

/// The request and answer bodies of the health-check routes.
extension EvaluationRoutes {
    struct ValueInput: Decodable {
        var region: String
        var indicator: String
        var period: Int
        var value: Double
        var source: String?
    }

    struct StatusChange: Decodable {
        var status: ProblemStatus
        var period: Int?
        var note: String?
    }

    struct RankingRow: Codable {
        var region: String
        var nameZh: String
        var nameEn: String
        /// The region's name in every language that has one, keyed by language tag.
        var names: LocalizedText
        var overall: Double?
        var rank: Int?
        var change: Double?
        var failing: Int
        var goals: [CategoryScore]
    }

    struct Ranking: Codable {
        var level: String
        var period: Int
        var periods: [Int]
        var items: [RankingRow]
    }
}
