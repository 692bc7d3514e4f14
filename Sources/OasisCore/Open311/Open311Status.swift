/// GeoReport v2's two request states. Oasis's richer `CaseStatus` maps onto them (`CaseStatus.open311Status`).
public enum Open311Status: String, Sendable, Codable, CaseIterable {
    case open
    case closed
}
