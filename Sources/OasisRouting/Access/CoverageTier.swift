/// One tier of the living circle (GB 50180-2018): its name, its walking time, its distance, and the
/// facility types it must provide itself. The lower tiers' types are added by `LivingCircleStandard`.
/// Editable data (Codable): a city may change the types or the distances.
public struct CoverageTier: Sendable, Hashable, Codable {
    public var name: String
    public var minutes: Double
    /// The walking distance in metres; nil means minutes × the standard's walking speed.
    public var distance: Double?
    public var requiredTypes: [String]

    public init(name: String, minutes: Double, distance: Double? = nil, requiredTypes: [String]) {
        self.name = name
        self.minutes = minutes
        self.distance = distance
        self.requiredTypes = requiredTypes
    }
}
