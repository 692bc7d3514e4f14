import Foundation

extension CaseMetrics.Weights {
    /// The `settings` keys of the composite's weights (any non-negative numbers, not all zero: the composite divides
    /// by their sum, so 10/45/45 and 0.1/0.45/0.45 are the same) and of the factor a "basically satisfied" answer
    /// counts with (0 to 1). Absent keys take the policy defaults: 10/45/45 and 0.9 (DOMAIN.md §3).
    public static let responseKey = "case_weight_response"
    public static let resolutionKey = "case_weight_resolution"
    public static let satisfactionKey = "case_weight_satisfaction"
    public static let basicallySatisfiedKey = "case_basically_satisfied_factor"
    public static let keys = [responseKey, resolutionKey, satisfactionKey, basicallySatisfiedKey]

    /// The weights the stored settings give (`key → text`), or a 400 `case_weights_invalid` naming the setting at
    /// fault: a value that is not a number, a negative weight, three zero weights, a factor outside 0–1.
    public init(settings: [String: String]) throws(OasisError) {
        self.init()
        func number(_ key: String) throws(OasisError) -> Double? {
            guard let text = settings[key] else { return nil }
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0 else {
                throw Self.invalid(key, "\"\(text)\" is not a non-negative number")
            }
            return value
        }
        if let value = try number(Self.responseKey) { response = value }
        if let value = try number(Self.resolutionKey) { resolution = value }
        if let value = try number(Self.satisfactionKey) { satisfaction = value }
        if let value = try number(Self.basicallySatisfiedKey) {
            guard value <= 1 else { throw Self.invalid(Self.basicallySatisfiedKey, "\(value) is above 1") }
            basicallySatisfied = value
        }
        guard response + resolution + satisfaction > 0 else { throw Self.invalid(Self.responseKey, "the three weights are all zero") }
    }

    /// The settings that give these weights, as they are stored.
    public var settings: [String: String] {
        [
            Self.responseKey: Self.text(response), Self.resolutionKey: Self.text(resolution), Self.satisfactionKey: Self.text(satisfaction),
            Self.basicallySatisfiedKey: Self.text(basicallySatisfied),
        ]
    }

    static func text(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value) }

    static func invalid(_ key: String, _ reason: String) -> OasisError {
        OasisError.invalid(
            code: "case_weights_invalid", message: "The setting \(key) is not a valid weight of the hotline metrics.",
            details: [.init(field: key, reason: reason)])
    }
}
