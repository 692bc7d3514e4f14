/// What values one kind of number may take: finite always, within a range that says what the quantity can
/// really be, and whole where it counts or names something. Every validator (JSON API, web forms, CSV/XLSX
/// imports, GeoJSON properties) checks its numbers against one of the domains of `NumericDomain.catalogue`,
/// so each domain is stated once, and docs/api.md's table "Numeric domains" is generated from the same list.
public struct NumericDomain: Sendable, Equatable {
    /// The fields the domain covers, as the API and the files name them.
    public let fields: String
    public let unit: String
    public let range: ClosedRange<Double>
    /// The lower bound itself is outside the domain (an area must be more than 0).
    public let excludesLowerBound: Bool
    public let wholeNumber: Bool

    public init(fields: String, unit: String, range: ClosedRange<Double>, excludesLowerBound: Bool = false, wholeNumber: Bool = false) {
        self.fields = fields
        self.unit = unit
        self.range = range
        self.excludesLowerBound = excludesLowerBound
        self.wholeNumber = wholeNumber
    }

    public func contains(_ value: Double) -> Bool { reason(value) == nil }

    /// Why a value is outside the domain, or nil when it is inside.
    public func reason(_ value: Double) -> String? {
        guard value.isFinite else { return "\(value) is not a finite number" }
        if wholeNumber, value.rounded() != value { return "\(NumberText.plain(value)) is not a whole number" }
        let below = excludesLowerBound ? value <= range.lowerBound : value < range.lowerBound
        guard !below, value <= range.upperBound else { return "\(NumberText.plain(value)) is outside \(rangeText)" }
        return nil
    }

    public func reason(_ value: Int) -> String? {
        guard let exact = Double(exactly: value) else { return "\(value) is outside \(rangeText)" }
        return reason(exact)
    }

    /// A problem naming the field when the value is outside the domain.
    public func detail(_ value: Double, field: String) -> OasisError.Detail? {
        reason(value).map { OasisError.Detail(field: field, reason: $0) }
    }

    public func detail(_ value: Int, field: String) -> OasisError.Detail? {
        reason(value).map { OasisError.Detail(field: field, reason: $0) }
    }

    /// The range as people read it: `0 … 1,000,000,000`, `more than 0 … 100,000,000`.
    public var rangeText: String {
        (excludesLowerBound ? "more than " : "") + NumberText.plain(range.lowerBound) + " … " + NumberText.plain(range.upperBound)
            + (unit.isEmpty ? "" : " " + unit)
    }
}
