import Foundation

/// The editable rules that turn OSM tags into living-circle facility types: a JSON document of the shape
/// of `BuiltInFacilityRules.json` (`{"version": 1, "rules": [{"type": …, "when": [conditions]}]}`).
/// Users load their own file of the same shape to change or extend the classification.
public struct FacilityRules: Sendable, Hashable, Codable {
    /// The format version this code reads.
    public static let currentVersion = 1

    public var version: Int
    public var rules: [FacilityRule]

    public init(rules: [FacilityRule]) throws(OSMError) {
        version = Self.currentVersion
        self.rules = rules
        try validate()
    }

    /// Decodes and checks a rule document.
    public init(json: Data) throws(OSMError) {
        do {
            self = try JSONDecoder().decode(FacilityRules.self, from: json)
        } catch {
            throw OSMError(.invalidRules, "the facility rules are not valid rule JSON: \(Self.describe(error))")
        }
        try validate()
    }

    /// Reads and checks a rule file.
    public init(contentsOf url: URL) throws(OSMError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw OSMError(.unreadable, "cannot read \(url.path): \(error.localizedDescription)")
        }
        do {
            try self.init(json: data)
        } catch {
            throw error.located("\(url.lastPathComponent): ")
        }
    }

    /// The rules shipped with Oasis (`BuiltInFacilityRules.json`).
    public static let builtIn: FacilityRules = {
        do {
            return try FacilityRules(json: Data(BuiltInFacilityRules.json.utf8))
        } catch {
            fatalError("The built-in facility rules are invalid: \(error)")
        }
    }()

    /// The types the rules can produce, sorted.
    public var types: [FacilityType] { Set(rules.map(\.type)).sorted() }

    private func validate() throws(OSMError) {
        guard version == Self.currentVersion else {
            throw OSMError(.invalidRules, "the facility rules have version \(version); this Oasis reads version \(Self.currentVersion)")
        }
        for (index, rule) in rules.enumerated() {
            let name = "rule \(index) (type \"\(rule.type.rawValue)\")"
            guard !rule.type.rawValue.isEmpty, rule.type.rawValue.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                throw OSMError(.invalidRules, "\(name): a type is lower-case letters, digits and _")
            }
            guard !rule.when.isEmpty else { throw OSMError(.invalidRules, "\(name): \"when\" has no conditions") }
            for (position, condition) in rule.when.enumerated() {
                let conditionName = "\(name), condition \(position)"
                guard !condition.key.isEmpty else { throw OSMError(.invalidRules, "\(conditionName): the key is empty") }
                guard condition.values == nil || condition.contains == nil else {
                    throw OSMError(.invalidRules, "\(conditionName): give \"values\" or \"contains\", not both")
                }
                if let values = condition.values, values.isEmpty {
                    throw OSMError(.invalidRules, "\(conditionName): \"values\" is empty")
                }
                if let contains = condition.contains, contains.isEmpty || contains.contains(where: \.isEmpty) {
                    throw OSMError(.invalidRules, "\(conditionName): \"contains\" is empty or holds an empty text")
                }
            }
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the document" : String(text.drop { $0 == "." })
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(context.codingPath)): \(underlying ?? context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
