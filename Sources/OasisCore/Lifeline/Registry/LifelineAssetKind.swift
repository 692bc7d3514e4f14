/// What a lifeline asset is, as measure (二十) of the policy lists them: gas mains and the underground spaces next to
/// them, water mains, drainage, heating pipes, bridges, utility tunnels and manholes.
public enum LifelineAssetKind: String, Codable, Sendable, CaseIterable {
    case gasMain = "gas_main"
    case gasAdjacentSpace = "gas_adjacent_space"
    case waterMain = "water_main"
    case drainage
    case heatingPipe = "heating_pipe"
    case bridge
    case utilityTunnel = "utility_tunnel"
    case manhole

    /// The catalogue key of the kind's name.
    public var messageKey: MessageKey { MessageKey("lifeline_asset_\(rawValue)") }
}
