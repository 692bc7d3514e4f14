/// One chemical held in a production or storage unit: either a table 1 chemical by CAS number or, for a chemical
/// the table does not name, its table 2 category; with the largest quantity that can be present at once (q, in
/// tonnes). `category` may also be given for a table 1 chemical that table 3 gives no β (a flammable liquid).
public struct HazardInventoryItem: Codable, Sendable, Hashable {
    public var cas: String?
    public var category: String?
    public var tonnes: Double

    public init(cas: String? = nil, category: String? = nil, tonnes: Double) {
        self.cas = cas
        self.category = category
        self.tonnes = tonnes
    }
}
