import Foundation

/// "k of n": an alert opens only when its condition held at `readings` of the last `outOf` readings (the reading
/// being judged included). One stray reading cannot then call a duty officer out; a real fault, which lasts,
/// opens the alert `readings − 1` readings later at the earliest.
public struct Persistence: Codable, Sendable, Hashable {
    public var readings: Int
    public var outOf: Int

    public init(readings: Int, outOf: Int) {
        self.readings = readings
        self.outOf = outOf
    }

    public func problems(field: String) -> [OasisError.Detail] {
        guard readings >= 1, outOf >= readings, outOf <= 10_000 else {
            return [.init(field: field, reason: "needs 1 ≤ readings ≤ outOf ≤ 10000")]
        }
        return []
    }
}
