import Foundation
import OasisCore

/// Indicator values and thresholds as pages and reports print them.
public enum IndicatorFormat {
    public static func value(_ value: Double?, unit: String = "") -> String {
        guard let value else { return "—" }
        let number = value == value.rounded() && abs(value) < 1e12 ? NumberFormat.whole(value) : String(format: "%.2f", value)
        return unit.isEmpty ? number : "\(number) \(unit)"
    }

    public static func threshold(_ definition: IndicatorDefinition) -> String {
        guard let threshold = definition.threshold else { return "—" }
        switch definition.direction {
        case .lowerIsBetter: return "≤ " + value(threshold.value, unit: definition.unit)
        case .higherIsBetter: return "≥ " + value(threshold.value, unit: definition.unit)
        case .band: return "\(value(threshold.lower))–\(value(threshold.upper, unit: definition.unit))"
        }
    }
}
