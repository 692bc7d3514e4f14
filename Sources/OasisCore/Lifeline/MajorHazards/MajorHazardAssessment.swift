/// GB 18218-2018's identification and grading of one unit:
/// - identification (4.2): S = Σ qᵢ / Qᵢ; the unit is a major hazard installation when S ≥ 1;
/// - grading (4.3): R = α · Σ βᵢ · qᵢ / Qᵢ, graded 1–4 by table 6.
public struct MajorHazardAssessment: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public var item: HazardInventoryItem
        public var criticalTonnes: Double
        public var beta: Double
    }

    public var terms: [Term]
    public var alpha: Double
    /// S = Σ q/Q.
    public var ratioSum: Double { terms.reduce(0) { $0 + $1.item.tonnes / $1.criticalTonnes } }
    public var isMajorHazard: Bool { ratioSum >= 1 }
    /// R = α · Σ β q/Q.
    public var r: Double { alpha * terms.reduce(0) { $0 + $1.beta * $1.item.tonnes / $1.criticalTonnes } }
    /// The grade, for a major hazard installation only.
    public let grade: MajorHazardGrade?

    /// Assesses a unit's inventory; every item's problem is reported with its index (`items[2].cas`).
    public init(items: [HazardInventoryItem], exposedPeople: Int, tables: GB18218Tables = .standard) throws(OasisError) {
        var problems: [OasisError.Detail] = []
        var terms: [Term] = []
        if items.isEmpty { problems.append(.init(field: "items", reason: "list at least one chemical")) }
        if exposedPeople < 0 { problems.append(.init(field: "exposedPeople", reason: "must be zero or more")) }
        for (index, item) in items.enumerated() {
            let field = "items[\(index)]"
            guard item.tonnes.isFinite, item.tonnes >= 0 else {
                problems.append(.init(field: field + ".tonnes", reason: "must be a finite number of tonnes, zero or more"))
                continue
            }
            let substance = item.cas.flatMap(tables.substance(cas:))
            if let cas = item.cas, substance == nil {
                problems.append(.init(field: field + ".cas", reason: "\(cas) is not a chemical of GB 18218-2018 table 1 here; give its category"))
                continue
            }
            let categoryCode = item.category ?? substance?.category
            let category = categoryCode.flatMap(tables.category)
            if let categoryCode, category == nil {
                problems.append(.init(field: field + ".category", reason: "\(categoryCode) is not a category of GB 18218-2018 table 2"))
                continue
            }
            guard let critical = substance?.criticalTonnes ?? category?.criticalTonnes else {
                problems.append(.init(field: field, reason: "give a CAS number of table 1 or a category of table 2"))
                continue
            }
            guard let beta = substance?.beta ?? category?.beta else {
                problems.append(.init(field: field + ".category", reason: "table 3 gives this chemical no β: give its table 2 category"))
                continue
            }
            terms.append(Term(item: item, criticalTonnes: critical, beta: beta))
        }
        guard problems.isEmpty else {
            throw OasisError.invalid(
                code: "invalid_hazard_inventory", message: "The inventory cannot be assessed under GB 18218-2018.", details: problems)
        }
        self.terms = terms
        self.alpha = tables.alpha(exposedPeople: exposedPeople)
        let ratio = terms.reduce(0) { $0 + $1.item.tonnes / $1.criticalTonnes }
        let r = alpha * terms.reduce(0) { $0 + $1.beta * $1.item.tonnes / $1.criticalTonnes }
        self.grade = ratio >= 1 ? tables.grade(r: r) : nil
    }
}
