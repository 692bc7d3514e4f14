import Foundation

extension SchemeTask {
    enum CodingKeys: String, CodingKey {
        case id, schemeID, titleZh, titleEn, titles, leadUnit, coUnits, deadline, deliverable, status, doneOn
    }

    /// Decodes a task; ids, the English title, co-units, status (planned) and the done day may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let titles = try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, schemeID: try c.decodeIfPresent(Int64.self, forKey: .schemeID) ?? 0,
            titleZh: titles[.zhHans] ?? "", titleEn: titles[.en] ?? "",
            leadUnit: try c.decode(String.self, forKey: .leadUnit), coUnits: try c.decodeIfPresent([String].self, forKey: .coUnits) ?? [],
            deadline: try c.decode(Date.self, forKey: .deadline), deliverable: try c.decode(String.self, forKey: .deliverable),
            status: try c.decodeIfPresent(TaskStatus.self, forKey: .status) ?? .planned, doneOn: try c.decodeIfPresent(Date.self, forKey: .doneOn))
        self.titles = titles
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(schemeID, forKey: .schemeID)
        try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        try c.encode(leadUnit, forKey: .leadUnit)
        try c.encode(coUnits, forKey: .coUnits)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(deliverable, forKey: .deliverable)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(doneOn, forKey: .doneOn)
    }
}
