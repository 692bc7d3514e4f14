import Foundation
import OasisCore

/// Reads typed values out of one feature's `properties`, collecting problems under the property's JSON path.
struct SpatialFeaturePropertyReader {
    let properties: [String: Any]
    let path: String
    private(set) var details: [OasisError.Detail] = []

    init(properties: [String: Any], path: String) {
        self.properties = properties
        self.path = path
    }

    mutating func problem(_ key: String, _ reason: String) {
        details.append(.init(field: "\(path).\(key)", reason: reason))
    }

    /// A text value (numbers are taken as their text, for codes and ids); nil when absent, null or empty.
    mutating func text(_ key: String) -> String? {
        switch properties[key] {
        case nil, is NSNull: return nil
        case let value as String: return value.isEmpty ? nil : value
        case let value as NSNumber: return value.stringValue
        default:
            problem(key, "expected text")
            return nil
        }
    }

    /// A number within its domain; a problem when it is required and absent, or present and not such a number.
    mutating func number(_ key: String, domain: NumericDomain, required: Bool) -> Double? {
        guard let raw = properties[key], !(raw is NSNull) else {
            if required { problem(key, "missing: required for this layer") }
            return nil
        }
        guard let value = GeoJSONGeometryReader.number(raw), value.isFinite else {
            problem(key, "expected a number")
            return nil
        }
        if let reason = domain.reason(value) {
            problem(key, reason)
            return nil
        }
        return value
    }

    /// The properties other than `typed` as a JSON object text with sorted keys.
    func remainderJSON(typed: Set<String>) -> String {
        let rest = properties.filter { !typed.contains($0.key) }
        guard !rest.isEmpty, let data = try? JSONSerialization.data(withJSONObject: rest, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
