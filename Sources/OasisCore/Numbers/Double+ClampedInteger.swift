extension Double {
    /// The whole number toward minus infinity, held within ±2^62 (NaN as 0): for day and hour counts derived from
    /// instants, where `Int(_:)` would trap on an absurd instant instead of giving an absurd but harmless count.
    public var flooredClampedInteger: Int {
        guard !isNaN else { return 0 }
        return Int(Swift.min(Swift.max(rounded(.down), -4.611686018427388e18), 4.611686018427388e18))
    }
}
