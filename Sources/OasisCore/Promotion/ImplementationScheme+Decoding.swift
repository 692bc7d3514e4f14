extension ImplementationScheme {
    enum CodingKeys: String, CodingKey {
        case id, planID, measure, region, titleZh, titleEn, tasks
    }

    /// Decodes a scheme; the ids (assigned when stored; the plan comes from the route), the English title and
    /// the tasks may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, planID: try c.decodeIfPresent(Int64.self, forKey: .planID) ?? 0,
            measure: try c.decode(Int.self, forKey: .measure), region: try c.decode(String.self, forKey: .region),
            titleZh: try c.decode(String.self, forKey: .titleZh), titleEn: try c.decodeIfPresent(String.self, forKey: .titleEn) ?? "",
            tasks: try c.decodeIfPresent([SchemeTask].self, forKey: .tasks) ?? [])
    }
}
