/// What GB 18218-2018 makes of a source's inventory: α from the exposed people (table 5), S = Σ qᵢ/Qᵢ (4.2; a
/// major hazard at S ≥ 1), R = α · Σ βᵢ · qᵢ/Qᵢ (4.3) and, for a major hazard, its grade (table 6).
public struct MajorHazardFigures: Codable, Sendable, Equatable {
    public var alpha: Double
    public var ratioSum: Double
    public var r: Double
    public var majorHazard: Bool
    public var grade: MajorHazardGrade?

    public init(alpha: Double, ratioSum: Double, r: Double, majorHazard: Bool, grade: MajorHazardGrade?) {
        self.alpha = alpha
        self.ratioSum = ratioSum
        self.r = r
        self.majorHazard = majorHazard
        self.grade = grade
    }

    public init(_ assessment: MajorHazardAssessment) {
        self.init(
            alpha: assessment.alpha, ratioSum: assessment.ratioSum, r: assessment.r, majorHazard: assessment.isMajorHazard, grade: assessment.grade)
    }

    /// `grade` is written as null for a source that is not a major hazard, so that clients see the field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(alpha, forKey: .alpha)
        try container.encode(ratioSum, forKey: .ratioSum)
        try container.encode(r, forKey: .r)
        try container.encode(majorHazard, forKey: .majorHazard)
        try container.encode(grade, forKey: .grade)
    }
}
