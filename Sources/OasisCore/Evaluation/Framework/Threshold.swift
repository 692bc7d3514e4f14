/// A pass/fail line for an indicator, with the source that sets it.
///
/// For `lowerIsBetter` a value passes when `value <= self.value`; for `higherIsBetter` when
/// `value >= self.value`; for `band` when `lower <= value <= upper`.
public struct Threshold: Codable, Sendable, Equatable {
    public var value: Double?
    public var lower: Double?
    public var upper: Double?
    public var sourceZh: String?
    public var sourceEn: String?

    public init(value: Double? = nil, lower: Double? = nil, upper: Double? = nil, sourceZh: String? = nil, sourceEn: String? = nil) {
        self.value = value
        self.lower = lower
        self.upper = upper
        self.sourceZh = sourceZh
        self.sourceEn = sourceEn
    }

    /// Whether a value passes under a direction; nil when the threshold does not fit the direction.
    public func passes(_ value: Double, direction: IndicatorDirection) -> Bool? {
        switch direction {
        case .lowerIsBetter: self.value.map { value <= $0 + 1e-9 }
        case .higherIsBetter: self.value.map { value >= $0 - 1e-9 }
        case .band:
            if let lower, let upper { value >= lower - 1e-9 && value <= upper + 1e-9 } else { nil }
        }
    }
}
