import Foundation

/// A unit of the register that cases are dispatched to (a district's city-management bureau, a water company …):
/// its name in zh-Hans (the key every case, routing rule and handler's scope names it by), its names in the other
/// languages, the region it serves, the categories it handles and the user who supervises it.
public struct CaseUnit: Codable, Sendable, Equatable {
    /// The zh-Hans name, which is also the unit's key.
    public var name: String
    /// Names in other languages, keyed by language tag (`en`, `ug`).
    public var names: [String: String]
    public var region: String?
    /// Leaf categories of the taxonomy the unit handles; empty for any.
    public var categories: [String]
    /// The username of the unit's supervisor, if one is named.
    public var supervisor: String?

    public init(name: String, names: [String: String] = [:], region: String? = nil, categories: [String] = [], supervisor: String? = nil) {
        self.name = name
        self.names = names
        self.region = region
        self.categories = categories
        self.supervisor = supervisor
    }

    /// The name in a language, else the zh-Hans name.
    public func name(_ language: Language) -> String {
        language == .zhHans ? name : names[language.rawValue].flatMap { $0.isEmpty ? nil : $0 } ?? name
    }

    /// Whether the unit handles a category (a unit naming no category handles any).
    public func handles(_ category: String) -> Bool { categories.isEmpty || categories.contains(category) }

    /// The longest name a unit may have.
    public static let maximumNameLength = 100

    /// The unit trimmed and checked: a name of 1–100 characters without control characters in every language
    /// given, categories among `leafCategories`. Every problem is reported at once in one 400 `case_unit_invalid`
    /// whose details name the field (`name`, `names.en`, `names.ug`, `region`, `categories`, `supervisor`).
    public func validated(leafCategories: Set<String>) throws(OasisError) -> CaseUnit {
        var details: [OasisError.Detail] = []
        var unit = self
        func clean(_ text: String, _ field: String, required: Bool) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty, required { details.append(.init(field: field, reason: "is required")) }
            if trimmed.count > Self.maximumNameLength {
                details.append(.init(field: field, reason: "has \(trimmed.count) characters; the limit is \(Self.maximumNameLength)"))
            }
            if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                details.append(.init(field: field, reason: "holds a control character"))
            }
            return trimmed
        }
        unit.name = clean(name, "name", required: true)
        var names: [String: String] = [:]
        for (tag, text) in self.names {
            guard let language = Language(rawValue: tag), language != .zhHans else {
                details.append(.init(field: "names", reason: "\"\(tag.prefix(16))\" is not one of en, ug"))
                continue
            }
            let cleaned = clean(text, "names.\(language.rawValue)", required: false)
            if !cleaned.isEmpty { names[language.rawValue] = cleaned }
        }
        unit.names = names
        if let region, !region.isEmpty {
            if (try? RegionCode(region)) == nil { details.append(.init(field: "region", reason: "\"\(region.prefix(16))\" is not a region code")) }
        } else {
            unit.region = nil
        }
        let unknown = categories.filter { !leafCategories.contains($0) }
        if !unknown.isEmpty {
            details.append(.init(field: "categories", reason: "not leaf categories of the taxonomy: \(unknown.prefix(5).joined(separator: ", "))"))
        }
        unit.categories = Array(Set(categories)).sorted()
        if let supervisor {
            let trimmed = clean(supervisor, "supervisor", required: false)
            unit.supervisor = trimmed.isEmpty ? nil : trimmed
        }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "case_unit_invalid", message: "The unit has \(details.count) problem(s).", details: details)
        }
        return unit
    }
}
