/// What the public may see of cases, by the taxonomy's visibility settings (`CaseVisibility`): a public case without
/// its reporter, token and attachments (but the photos Oasis stores, whose route checks the same rule), contact details masked in its description and address (`ContactMask`), its
/// point snapped to the public grid (`PublicGrid`); a redacted case without description, address or location; a
/// hidden case not at all. Staff within their scope and the reporter on the tracking pages get the case unchanged.
public struct CasePublication: Sendable {
    public let taxonomy: CaseTaxonomy

    public init(taxonomy: CaseTaxonomy) { self.taxonomy = taxonomy }

    public func visibility(of item: HotlineCase) -> CaseVisibility {
        taxonomy.visibility(category: item.category, requestType: item.requestType)
    }

    /// The case as the public sees it, or nil when it is hidden.
    public func publicView(_ item: HotlineCase) -> HotlineCase? {
        let visibility = visibility(of: item)
        guard visibility != .hidden else { return nil }
        var shown = item
        shown.reporter = nil
        shown.token = nil
        shown.externalID = nil
        shown.attachments = []
        switch visibility {
        case .public:
            shown.attachments = item.attachments.filter { $0.photo != nil }
            shown.description = ContactMask.masked(item.description, reporter: item.reporter)
            shown.address = item.address.map { ContactMask.masked($0, reporter: item.reporter) }
            shown.location = item.location.map(taxonomy.publicGrid.snap)
        case .redacted, .hidden:
            shown.description = ""
            shown.address = nil
            shown.location = nil
        }
        return shown
    }
}
