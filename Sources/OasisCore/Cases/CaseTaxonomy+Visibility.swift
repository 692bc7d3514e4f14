extension CaseTaxonomy {
    /// The range `publicGridMetres` may take.
    public static let publicGridRange: ClosedRange<Double> = 10...10_000

    /// Request types whose cases are hidden from the public unless the taxonomy sets them otherwise: the built-in
    /// codes of complaints (投诉) and reports of violations (举报), whose reporters must be protected — so that a
    /// taxonomy exported before the setting existed keeps them hidden.
    public static let hiddenRequestTypes: Set<String> = ["RT03", "RT04"]

    /// The grid public coordinates are snapped to.
    public var publicGrid: PublicGrid { PublicGrid(metres: publicGridMetres ?? PublicGrid.standardMetres) }

    /// An entry's own setting or its nearest ancestor's; nil when none sets one.
    func inheritedVisibility(_ code: String) -> CaseVisibility? {
        lineage(code).lazy.compactMap(\.publicVisibility).first
    }

    /// What the public sees of a case filed under `category` with `requestType`: the stricter of the category's
    /// setting (inherited; public when none) and the request type's (hidden for `hiddenRequestTypes` when unset,
    /// else public).
    public func visibility(category: String, requestType: String?) -> CaseVisibility {
        let byCategory = inheritedVisibility(category) ?? .public
        guard let requestType else { return byCategory }
        let byType = inheritedVisibility(requestType) ?? (Self.hiddenRequestTypes.contains(requestType) ? .hidden : .public)
        return max(byCategory, byType)
    }

    /// The categories and request types (codes in use in this taxonomy, plus the default-hidden request types)
    /// whose cases the public never sees: a case is hidden exactly when one of its two codes is in this set.
    public var hiddenCodes: Set<String> {
        var codes = Set(categories.filter { visibility(category: $0.code, requestType: nil) == .hidden }.map(\.code))
        for type in Self.hiddenRequestTypes where inheritedVisibility(type) == nil { codes.insert(type) }
        return codes
    }
}
