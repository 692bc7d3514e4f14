import Foundation
import OasisCore

/// A step of the loop as the API takes it: `{"event": "dispatch", "unit": "…"}`, `{"event": "return", "reason": "…"}`,
/// `{"event": "verify_pass", "closure": "resolved"}`, `{"event": "follow_up", "contacted": true, "resolved": true,
/// "satisfaction": "satisfied"}`, and also `supervise`, `whistle` (with `units`) and `recategorise` (with `category`).
struct CaseEventInput: Decodable, Sendable {
    var event: String
    var unit: String?
    var units: [String]?
    var reason: String?
    var summary: String?
    var closure: CaseClosure?
    var contacted: Bool?
    var resolved: Bool?
    var satisfaction: Satisfaction?
    var category: String?
}
