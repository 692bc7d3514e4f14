/// A chemical named in GB 18218-2018 table 1: its critical quantity and, for the toxic gases of table 3, its
/// own correction factor β. The others take β from their hazard category (table 4).
public struct HazardSubstance: Codable, Sendable, Hashable {
    public var cas: String
    public var names: LocalizedText
    public var criticalTonnes: Double
    /// β from table 3, for the toxic gases it lists.
    public var beta: Double?
    /// The table 2 category whose β applies when table 3 gives none (W2 for the flammable gases).
    public var category: String?
}
