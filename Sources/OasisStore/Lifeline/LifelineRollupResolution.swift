/// The buckets readings are rolled up into: a minute (`lifeline_rollups_minute`) or an hour (`lifeline_rollups_hour`),
/// each keeping the minimum, maximum, sum and count of its readings.
public enum LifelineRollupResolution: String, Sendable, CaseIterable, Codable {
    case minute
    case hour

    /// The bucket's length in milliseconds.
    public var milliseconds: Int64 {
        switch self {
        case .minute: 60_000
        case .hour: 3_600_000
        }
    }

    var table: String { "lifeline_rollups_\(rawValue)" }
    var column: String { rawValue }

    /// The start of the bucket of an instant in milliseconds (floored, also before 1970).
    public func bucket(_ at: Int64) -> Int64 {
        let (quotient, remainder) = at.quotientAndRemainder(dividingBy: milliseconds)
        return (remainder < 0 ? quotient - 1 : quotient) * milliseconds
    }
}
