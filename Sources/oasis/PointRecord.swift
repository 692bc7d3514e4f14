import Foundation
import OasisCore

/// One row of a point file (a CSV line or a GeoJSON feature): where it came from, for errors, its
/// position and its other fields as text.
struct PointRecord {
    /// "line 4" (CSV) or "feature 3" (GeoJSON, 1-based).
    var location: String
    var longitude: Double
    var latitude: Double
    var fields: [String: String]

    /// A required text field.
    func text(_ name: String, file: String) throws -> String {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            throw CLIError("\(file): \(location), column \(name): the value is empty.")
        }
        return value
    }

    /// A required finite number.
    func number(_ name: String, file: String) throws -> Double {
        let value = try text(name, file: file)
        guard let number = DecimalText.number(value) else {
            throw CLIError("\(file): \(location), column \(name): \"\(value)\" is not a number.")
        }
        return number
    }

    /// A required number of zero or more (an area, a population).
    func quantity(_ name: String, file: String) throws -> Double {
        let number = try number(name, file: file)
        guard number >= 0 else { throw CLIError("\(file): \(location), column \(name): \(number) is negative.") }
        return number
    }
}
