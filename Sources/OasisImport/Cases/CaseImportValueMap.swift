import OasisCore

/// A mapped column: which CSV column, how its values translate (source value → Oasis value), and what happens
/// to values the map does not list. Lookup is exact first, then ignoring case and surrounding spaces.
public struct CaseImportValueMap: Codable, Sendable, Equatable {
    public var column: String
    public var values: [String: String]
    public var unmapped: CaseImportUnmappedPolicy
    public var `default`: String?

    public init(column: String, values: [String: String], unmapped: CaseImportUnmappedPolicy = .refuse, default: String? = nil) {
        self.column = column
        self.values = values
        self.unmapped = unmapped
        self.default = `default`
    }

    enum CodingKeys: String, CodingKey {
        case column, values, unmapped, `default`
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        column = try container.decode(String.self, forKey: .column)
        values = try container.decodeIfPresent([String: String].self, forKey: .values) ?? [:]
        unmapped = try container.decodeIfPresent(CaseImportUnmappedPolicy.self, forKey: .unmapped) ?? .refuse
        `default` = try container.decodeIfPresent(String.self, forKey: .default)
    }

    /// The map with a case-insensitive index, ready for lookups.
    func compiled() -> Compiled {
        var folded: [String: String] = [:]
        for (key, value) in values { folded[key.trimmingASCIIWhitespace().lowercased()] = value }
        return Compiled(map: self, exact: values, folded: folded)
    }

    struct Compiled: Sendable {
        let map: CaseImportValueMap
        let exact: [String: String]
        let folded: [String: String]

        enum Outcome: Equatable {
            case mapped(String)
            case defaulted(String)
            case kept(String)
            case refused
        }

        func lookup(_ source: String) -> Outcome {
            if let value = exact[source] ?? folded[source.lowercased()] { return .mapped(value) }
            switch map.unmapped {
            case .refuse: return .refused
            case .default: return map.default.map(Outcome.defaulted) ?? .refused
            case .keep: return source.isEmpty ? (map.default.map(Outcome.defaulted) ?? .kept("")) : .kept(source)
            }
        }
    }
}
