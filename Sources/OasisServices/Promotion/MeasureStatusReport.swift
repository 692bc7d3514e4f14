import Foundation
import OasisCore

/// The implementation status of every measure of a policy in a region: the promotion mechanism's main view.
/// In JSON the policy's title keeps its flat zh-Hans and English fields (`policyTitleZh`, `policyTitleEn`) beside
/// the map of every language (`policyTitles`).
public struct MeasureStatusReport: Codable, Sendable {
    public var policyID: String
    public var policyTitles: LocalizedText
    public var region: String
    public var asOf: Date
    public var measures: [MeasureStatus]

    public init(policyID: String, policyTitles: LocalizedText, region: String, asOf: Date, measures: [MeasureStatus]) {
        self.policyID = policyID
        self.policyTitles = policyTitles
        self.region = region
        self.asOf = asOf
        self.measures = measures
    }

    enum CodingKeys: String, CodingKey { case policyID, policyTitleZh, policyTitleEn, policyTitles, region, asOf, measures }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        policyID = try c.decode(String.self, forKey: .policyID)
        policyTitles = try c.decodeLocalizedText(map: .policyTitles, zhHans: .policyTitleZh, en: .policyTitleEn)
        region = try c.decode(String.self, forKey: .region)
        asOf = try c.decode(Date.self, forKey: .asOf)
        measures = try c.decode([MeasureStatus].self, forKey: .measures)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(policyID, forKey: .policyID)
        try c.encodeLocalizedText(policyTitles, map: .policyTitles, zhHans: .policyTitleZh, en: .policyTitleEn)
        try c.encode(region, forKey: .region)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(measures, forKey: .measures)
    }
}
