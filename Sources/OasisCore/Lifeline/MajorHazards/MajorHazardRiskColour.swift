/// The colour of a region on the four-colour risk map (红橙黄蓝): the worst grade of the major hazards in it, grade 1
/// red, 2 orange, 3 yellow, 4 blue; a region without a major hazard has none (drawn grey).
public enum MajorHazardRiskColour: String, Codable, Sendable, CaseIterable {
    case red, orange, yellow, blue

    public init(grade: MajorHazardGrade) {
        switch grade {
        case .one: self = .red
        case .two: self = .orange
        case .three: self = .yellow
        case .four: self = .blue
        }
    }

    /// The colour of a region whose major hazards have these grades: the worst one's, nil for none.
    public init?(worstOf grades: some Sequence<MajorHazardGrade>) {
        guard let worst = grades.min(by: { $0.rawValue < $1.rawValue }) else { return nil }
        self.init(grade: worst)
    }

    /// The catalogue key of the colour's name.
    public var messageKey: MessageKey { MessageKey("hazard_colour_\(rawValue)") }
}
