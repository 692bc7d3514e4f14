/// How much of a case the public sees (Open311 `GET requests`, `servicerequestupdates`), set per category and per
/// request type in the taxonomy. Staff within their scope always see everything; the reporter sees their own case
/// in full on the tracking pages. A case takes the stricter of its category's and its request type's setting.
public enum CaseVisibility: String, Codable, Sendable, CaseIterable, Comparable {
    /// Category, status, dates, the description (contact details masked), the address and coordinates rounded to
    /// the public grid.
    case `public`
    /// Category, status and dates only: no description, no address, no location, no media.
    case redacted
    /// Not published at all: left out of lists, and a request for it answers 404.
    case hidden

    private var rank: Int {
        switch self {
        case .public: 0
        case .redacted: 1
        case .hidden: 2
        }
    }

    public static func < (lhs: CaseVisibility, rhs: CaseVisibility) -> Bool { lhs.rank < rhs.rank }
}
