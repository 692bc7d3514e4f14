import Foundation
import OasisCore

/// Indicator values and thresholds as pages and reports print them.
public enum IndicatorFormat {
    /// A value with its unit; with a language, the unit's word is the catalogue's (栋 is "buildings" in English).
    public static func value(_ value: Double?, unit: String = "", language: Language? = nil) -> String {
        guard let value else { return "—" }
        let number = value == value.rounded() && abs(value) < 1e12 ? NumberFormat.whole(value) : String(format: "%.2f", value)
        let word = language.map { self.unit(unit, in: $0) } ?? unit
        return word.isEmpty ? number : "\(number) \(word)"
    }

    public static func threshold(_ definition: IndicatorDefinition, language: Language? = nil) -> String {
        guard let threshold = definition.threshold else { return "—" }
        switch definition.direction {
        case .lowerIsBetter: return "≤ " + value(threshold.value, unit: definition.unit, language: language)
        case .higherIsBetter: return "≥ " + value(threshold.value, unit: definition.unit, language: language)
        case .band: return "\(value(threshold.lower))–\(value(threshold.upper, unit: definition.unit, language: language))"
        }
    }

    /// The catalogue keys of the framework's Chinese measure words and units; other units (%, km, m²) are symbols
    /// every language writes alike.
    static let unitKeys: [String: String] = [
        "栋": "unit_buildings", "套": "unit_dwellings", "人": "unit_people", "个": "unit_count", "处": "unit_sites", "m²/人": "unit_m2_per_person",
    ]

    /// A unit in a language.
    public static func unit(_ unit: String, in language: Language, catalogue: MessageCatalogue = .standard) -> String {
        unitKeys[unit].map { catalogue.text(MessageKey($0), language) } ?? unit
    }
}
