/// The grade of a major hazard installation (重大危险源级别), 1 the highest risk, from R (GB 18218-2018 table 6).
/// The risk map colours grade 1 red, 2 orange, 3 yellow and 4 blue.
public enum MajorHazardGrade: Int, Codable, Sendable, CaseIterable, Hashable {
    case one = 1
    case two = 2
    case three = 3
    case four = 4

    /// The colour the four-colour risk map gives the grade.
    public var mapLevel: AlertLevel { AlertLevel(rawValue: rawValue) ?? .blue }
}
