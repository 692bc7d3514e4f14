/// The numbers the property tests feed through every writer and reader: the listed extremes (±0, subnormals,
/// the edge of `Int`, 1e19, 1e308, negatives, infinities, NaN) and three random modes chosen past the end of the
/// list — any bit pattern, any whole number up to ±2e9, any amount from 0 to 100 with two decimals. A test draws
/// a choice in `choices` and 64 random bits and asks `value(_:_:)` for the number.
public enum ExtremeNumbers {
    public static let listed: [Double] = [
        0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 1e-300, 0.5, 1, -1, 99.99, 100, 100.000001,
        1949, 2100, 2101, 1e9, 1e9 + 1, 9.2e18, 9.223372036854775807e18, 9.3e18, 1e19, -1e19, 1e308, -1e308, .greatestFiniteMagnitude,
        .infinity, -.infinity, .nan,
    ]

    public static let choices = 0...(listed.count + 2)

    public static func value(_ choice: Int, _ bits: UInt64) -> Double {
        if choice < listed.count { return listed[choice] }
        switch choice - listed.count {
        case 0: return Double(bitPattern: bits)
        case 1: return Double(Int64(bitPattern: bits) % 2_000_000_001)
        default: return Double(bits % 10_001) / 100
        }
    }

    /// The value as a JSON number: Swift's shortest text for finite values; `1e999` (too large for a double)
    /// and `NaN` (not JSON) for the others, which a route must refuse.
    public static func json(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-1e999" : "1e999" }
        return value.description
    }

    /// The value as a CSV cell: Swift's own text (`inf`, `nan` for the non-finite ones).
    public static func cell(_ value: Double) -> String { value.description }
}
