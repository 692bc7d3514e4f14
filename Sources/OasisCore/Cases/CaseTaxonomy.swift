import Foundation

/// The classification of cases as data: hotline request types and the component and event classes of digital
/// city management (DOMAIN.md §2–3), each with its deadline rules. Decoded from JSON, validated as a whole
/// (unique codes, existing parents of the same kind, no cycles), exported back to the same JSON shape.
public struct CaseTaxonomy: Codable, Sendable, Equatable {
    /// Who maintains this taxonomy and which edition it is, for people reading an export.
    public var name: String
    public var version: String
    public var categories: [CaseCategory]
    /// The side in metres of the grid public coordinates are snapped to (`CasePublication`); nil means 100.
    public var publicGridMetres: Double?

    public init(name: String, version: String, categories: [CaseCategory], publicGridMetres: Double? = nil) throws(OasisError) {
        self.name = name
        self.version = version
        self.categories = categories
        self.publicGridMetres = publicGridMetres
        let problems = self.problems()
        guard problems.isEmpty else { throw Self.inconsistent(problems) }
    }

    /// Decodes and validates a taxonomy from JSON; errors name the JSON path at fault.
    public static func decode(json: [UInt8]) throws(OasisError) -> CaseTaxonomy {
        let taxonomy: CaseTaxonomy
        try StrictJSONSyntax.requireNoTrailingCommas(json)
        do {
            taxonomy = try JSONDecoder().decode(CaseTaxonomy.self, from: Data(json))
        } catch {
            throw OasisError.invalid(
                code: "taxonomy_invalid", message: "The taxonomy file is not valid taxonomy JSON.",
                details: [DecodingErrorDetail.detail(error)])
        }
        let problems = taxonomy.problems()
        guard problems.isEmpty else { throw inconsistent(problems) }
        return taxonomy
    }

    static func inconsistent(_ problems: [OasisError.Detail]) -> OasisError {
        OasisError.invalid(code: "taxonomy_inconsistent", message: "The taxonomy has \(problems.count) inconsistencies.", details: problems)
    }

    /// JSON with sorted keys, for export; `decode(json:)` reads it back unchanged.
    public func encodedJSON() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }

    /// Everything wrong with the taxonomy, each problem naming its JSON path (`categories[3].parent`).
    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if let grid = publicGridMetres, !(grid >= Self.publicGridRange.lowerBound && grid <= Self.publicGridRange.upperBound) {
            problems.append(.init(field: "publicGridMetres", reason: "\(grid) is not between 10 and 10000 metres"))
        }
        var firstIndex: [String: Int] = [:]
        for (index, category) in categories.enumerated() {
            let path = "categories[\(index)]"
            if !Self.isValidCode(category.code) {
                problems.append(.init(field: "\(path).code", reason: "\"\(category.code)\" is not a code: use 1–32 letters, digits, '-', '_' or '.'"))
            }
            if let first = firstIndex[category.code] {
                problems.append(.init(field: "\(path).code", reason: "code \(category.code) is already used by categories[\(first)]"))
            } else {
                firstIndex[category.code] = index
            }
            if category.nameZh.trimmingASCIIWhitespace().isEmpty {
                problems.append(.init(field: "\(path).nameZh", reason: "the Chinese name is empty"))
            }
            if category.nameEn.trimmingASCIIWhitespace().isEmpty {
                problems.append(.init(field: "\(path).nameEn", reason: "the English name is empty"))
            }
        }
        for (index, category) in categories.enumerated() {
            guard let parentCode = category.parent else { continue }
            let path = "categories[\(index)].parent"
            guard let parentIndex = firstIndex[parentCode] else {
                problems.append(.init(field: path, reason: "parent \(parentCode) of \(category.code) does not exist"))
                continue
            }
            if categories[parentIndex].kind != category.kind {
                problems.append(
                    .init(
                        field: path,
                        reason:
                            "\(category.code) is a \(category.kind.rawValue) but its parent \(parentCode) is a \(categories[parentIndex].kind.rawValue)"
                    ))
            }
            // Walk up; more steps than there are categories means a cycle.
            var current: String? = parentCode
            var steps = 0
            while let code = current, steps <= categories.count {
                if code == category.code {
                    problems.append(.init(field: path, reason: "\(category.code) is its own ancestor"))
                    break
                }
                current = firstIndex[code].flatMap { categories[$0].parent }
                steps += 1
            }
        }
        return problems
    }

    static func isValidCode(_ code: String) -> Bool {
        guard (1...32).contains(code.utf8.count) else { return false }
        return code.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 45 || byte == 95 || byte == 46
        }
    }

    /// The category with a code.
    public func category(_ code: String) -> CaseCategory? { categories.first { $0.code == code } }

    /// The direct children of a category, in file order.
    public func children(of code: String) -> [CaseCategory] { categories.filter { $0.parent == code } }

    /// The codes of the service categories without children: the ones a case may be filed under.
    public var leafCategoryCodes: Set<String> {
        let parents = Set(categories.compactMap(\.parent))
        return Set(categories.filter { $0.kind.isService && !parents.contains($0.code) }.map(\.code))
    }

    /// Entries of a kind that have no children: what cases are actually filed under.
    public func leaves(_ kind: CaseCategoryKind) -> [CaseCategory] {
        let parents = Set(categories.compactMap(\.parent))
        return categories.filter { $0.kind == kind && !parents.contains($0.code) }
    }

    /// The hotline request types (consultation, help, complaint, report, suggestion).
    public var requestTypes: [CaseCategory] { categories.filter { $0.kind == .requestType } }

    /// The category and its ancestors, nearest first.
    public func lineage(_ code: String) -> [CaseCategory] {
        var result: [CaseCategory] = []
        var current = category(code)
        while let found = current, result.count <= categories.count {
            result.append(found)
            current = found.parent.flatMap(category)
        }
        return result
    }

    /// The rule for a category and priority: the category's own, else its nearest ancestor's, else nil.
    public func deadlineRule(category code: String, priority: CasePriority) -> DeadlineRule? {
        for category in lineage(code) {
            if let rule = category.deadlines?.rule(for: priority) { return rule }
        }
        return nil
    }

    /// A deadline policy with every category's effective rules (inherited ones included) on top of `base`,
    /// whose default and per-priority rules apply to categories that set nothing.
    public func deadlinePolicy(base: DeadlinePolicy = .standard) -> DeadlinePolicy {
        var policy = base
        for category in categories {
            for priority in CasePriority.allCases {
                guard let rule = deadlineRule(category: category.code, priority: priority) else { continue }
                policy.byCategoryAndPriority["\(category.code)|\(priority.rawValue)"] = rule
            }
        }
        return policy
    }

    /// The built-in taxonomy (`BuiltInCaseTaxonomy.json`).
    public static let builtIn: CaseTaxonomy = {
        do {
            return try decode(json: Array(BuiltInCaseTaxonomy.json.utf8))
        } catch {
            fatalError("The built-in case taxonomy is inconsistent: \(error)")
        }
    }()
}
