extension ImplementationScheme {
    enum CodingKeys: String, CodingKey {
        case id, planID, measure, region, titleZh, titleEn, titles, tasks
    }

    /// Decodes a scheme; the ids (assigned when stored; the plan comes from the route), the English title and
    /// the tasks may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let titles = try c.decodeLocalizedText(map: .titles, zhHans: .titleZh, en: .titleEn)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, planID: try c.decodeIfPresent(Int64.self, forKey: .planID) ?? 0,
            measure: try c.decode(Int.self, forKey: .measure), region: try c.decode(String.self, forKey: .region),
            titleZh: titles[.zhHans] ?? "", titleEn: titles[.en] ?? "",
            tasks: try c.decodeIfPresent([SchemeTask].self, forKey: .tasks) ?? [])
        self.titles = titles
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(planID, forKey: .planID)
        try c.encode(measure, forKey: .measure)
        try c.encode(region, forKey: .region)
        try c.encodeLocalizedText(titles, map: .titles, zhHans: .titleZh, en: .titleEn)
        try c.encode(tasks, forKey: .tasks)
    }
}
