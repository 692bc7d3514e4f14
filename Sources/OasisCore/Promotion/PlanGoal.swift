/// A goal of a strategic plan with its dated target: "urbanisation rate 65 % by 2030", measured by an
/// indicator of the framework where one fits.
public struct PlanGoal: Codable, Sendable, Equatable {
    public var textZh: String
    public var textEn: String
    public var indicator: String?
    public var target: Double?
    public var year: Int

    public init(textZh: String, textEn: String, indicator: String? = nil, target: Double? = nil, year: Int) {
        self.textZh = textZh
        self.textEn = textEn
        self.indicator = indicator
        self.target = target
        self.year = year
    }
}
