/// A citizen request (hotline, web, Open311) or an event found by a grid inspector (数字城管).
public enum CaseKind: String, Codable, Sendable, CaseIterable {
    case request
    case event
}
