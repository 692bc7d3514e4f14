/// The unit of a line-protocol timestamp, as InfluxDB's `precision` parameter names it (nanoseconds by default).
public enum TimestampPrecision: String, Sendable, CaseIterable {
    case ns
    case us
    case ms
    case s

    /// Units per second (a division by it is exact where the instant is representable).
    public var perSecond: Double {
        switch self {
        case .ns: 1e9
        case .us: 1e6
        case .ms: 1e3
        case .s: 1
        }
    }
}
