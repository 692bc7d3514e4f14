import Foundation
import OasisCore

/// A setting an operator may change on a running system (the `settings` table), with what its value must be.
/// `oasis settings set` refuses a value that is not; a value written around it (by SQL) is read as the default.
public struct OperatorSetting: Sendable, Equatable {
    /// What a value must be.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A finite number above zero.
        case positiveNumber = "positive number"
        /// A finite number above zero, or 0 for "for ever".
        case positiveNumberOrForever = "positive number, or 0 for ever"
        /// A finite number of 0 or more (a weight of the hotline's composite; the three may not all be 0).
        case weight = "number of 0 or more (the three weights not all 0)"
        /// A finite number from 0 to 1.
        case fraction = "number from 0 to 1"
        /// A leaf category of the case taxonomy in use.
        case caseCategory = "leaf category code of the case taxonomy"
    }

    public let key: String
    public let kind: Kind
    /// The value used when none is stored.
    public let defaultValue: String
    /// What it sets, in English and Chinese.
    public let summary: LocalizedText

    public init(key: String, kind: Kind, defaultValue: String, summary: LocalizedText) {
        self.key = key
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// Why `value` cannot be this setting's value, or nil when it can; `leafCategories` are the taxonomy's.
    public func problem(with value: String, leafCategories: Set<String>) -> String? {
        switch kind {
        case .positiveNumber, .positiveNumberOrForever:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else { return "not a number: \(value)" }
            if number > 0 || (number == 0 && kind == .positiveNumberOrForever) { return nil }
            return kind == .positiveNumber ? "must be above 0, not \(value)" : "must be above 0 (or 0 for ever), not \(value)"
        case .weight, .fraction:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else { return "not a number: \(value)" }
            if number < 0 { return "must be 0 or more, not \(value)" }
            return kind == .fraction && number > 1 ? "must be from 0 to 1, not \(value)" : nil
        case .caseCategory:
            return leafCategories.contains(value) ? nil : "no leaf category of the case taxonomy has the code \(value)"
        }
    }
}
