extension CaseStatus {
    /// The GeoReport v2 status: open while the case is in the loop, closed once it has left it.
    public var open311Status: Open311Status { open311 == "open" ? .open : .closed }

    /// Open311 `status_notes` for a case: what the richer Oasis status says beyond open/closed, in a language
    /// (for example "Closed: duplicate of another request."). Nil when the status alone says it all.
    public func open311Notes(closure: CaseClosure?, language: Language, catalogue: MessageCatalogue = .standard) -> String? {
        switch self {
        case .registered: return nil
        case .closed, .followedUp, .evaluated:
            let reason = closure ?? .resolved
            return catalogue.text(MessageKey("open311_note_closed_\(reason.rawValue)"), language)
        default:
            return catalogue.text(MessageKey("open311_note_\(rawValue)"), language)
        }
    }
}

extension CaseStatus {
    /// The status word of a `servicerequestupdates` entry, in FixMyStreet's vocabulary (which it maps to its own
    /// report states): open, investigating (with a unit, not yet taken on), in_progress (handled or reported back),
    /// then by the closure: fixed, no_further_action, not_councils_responsibility, duplicate, internal_referral;
    /// closed for a cancelled case.
    public func fixMyStreetStatus(closure: CaseClosure?) -> String {
        switch self {
        case .registered: "open"
        case .dispatched, .returned: "investigating"
        case .handling, .reportedBack: "in_progress"
        case .cancelled: "closed"
        case .closed, .followedUp, .evaluated:
            switch closure ?? .resolved {
            case .resolved: "fixed"
            case .noFurtherAction: "no_further_action"
            case .notResponsible: "not_councils_responsibility"
            case .duplicate: "duplicate"
            case .referred: "internal_referral"
            }
        }
    }
}
