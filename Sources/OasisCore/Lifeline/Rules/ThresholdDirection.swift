/// Which side of a limit is dangerous: `above` for gas concentration, pressure peaks, water level or strain;
/// `below` for a pressure drop or a low level.
public enum ThresholdDirection: String, Codable, Sendable, CaseIterable {
    case above
    case below
}
