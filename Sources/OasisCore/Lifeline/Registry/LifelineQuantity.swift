/// What a lifeline sensor measures.
public enum LifelineQuantity: String, Codable, Sendable, CaseIterable {
    case gasConcentration = "gas_concentration"
    case pressure
    case flow
    case level
    case strain
    case displacement
    case vibration
    case temperature
    case tilt
    case crack

    /// The catalogue key of the quantity's name.
    public var messageKey: MessageKey { MessageKey("lifeline_quantity_\(rawValue)") }
}
