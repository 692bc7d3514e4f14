import Foundation

/// A step of the loop as the API takes it: `{"event": "dispatch", "unit": "…"}`, `{"event": "return", "reason": "…"}`,
/// `{"event": "verify_pass", "closure": "resolved"}`, `{"event": "follow_up", "contacted": true, "resolved": true,
/// "satisfaction": "satisfied"}`, and also `supervise`, `whistle` (with `units`) and `recategorise` (with `category`).
public struct CaseEventInput: Decodable, Sendable {
    public var event: String
    public var unit: String?
    public var units: [String]?
    public var reason: String?
    public var summary: String?
    public var closure: CaseClosure?
    public var contacted: Bool?
    public var resolved: Bool?
    public var satisfaction: Satisfaction?
    public var category: String?

    public init(
        event: String, unit: String? = nil, units: [String]? = nil, reason: String? = nil, summary: String? = nil, closure: CaseClosure? = nil,
        contacted: Bool? = nil, resolved: Bool? = nil, satisfaction: Satisfaction? = nil, category: String? = nil
    ) {
        self.event = event
        self.unit = unit
        self.units = units
        self.reason = reason
        self.summary = summary
        self.closure = closure
        self.contacted = contacted
        self.resolved = resolved
        self.satisfaction = satisfaction
        self.category = category
    }
}
