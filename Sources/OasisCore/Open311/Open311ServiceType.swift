/// How a GeoReport server answers a POST: with the new request's id (`realtime`), with a token to exchange
/// for the id later (`batch`), or with neither (`blackbox`).
public enum Open311ServiceType: String, Sendable, Codable, CaseIterable {
    case realtime
    case batch
    case blackbox
}
