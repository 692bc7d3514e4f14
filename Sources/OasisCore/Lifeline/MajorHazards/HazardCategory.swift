/// A hazard category of GB 18218-2018 table 2 (J1–J5 acute toxicity, W1.1–W11 physical hazards): the critical
/// quantity of a chemical that table 1 does not name, and its correction factor β from table 4.
public struct HazardCategory: Codable, Sendable, Hashable {
    public var code: String
    public var names: LocalizedText
    public var criticalTonnes: Double
    public var beta: Double
}
