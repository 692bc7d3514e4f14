/// The share of a population that one tier covers: within the tier's distance of each of its required
/// types (`typeShares`, 0…1), and meeting the whole tier (`share`, every type of it and of the lower tiers).
public struct TierShare: Sendable, Hashable, Codable {
    public var tier: String
    public var distance: Double
    public var share: Double
    public var typeShares: [String: Double]

    public init(tier: String, distance: Double, share: Double, typeShares: [String: Double]) {
        self.tier = tier
        self.distance = distance
        self.share = share
        self.typeShares = typeShares
    }
}
