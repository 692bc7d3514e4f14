import Foundation

/// A step of the loop as the API takes it: `{"event": "dispatch", "unit": "…"}`, `{"event": "return", "reason": "…"}`,
/// `{"event": "verify_pass", "closure": "resolved"}`, `{"event": "follow_up", "reached": true, "responded": true,
/// "resolved": true, "satisfaction": "satisfied", "words": "…"}` (or `"reached": false, "unreachedReason": "no_answer"`),
/// and also `supervise`, `whistle` (with `units`) and `recategorise` (with `category`). `contacted` is the name
/// `responded` had before follow-ups asked whether the citizen was reached; given alone it means a reached visit.
public struct CaseEventInput: Decodable, Sendable {
    public var event: String
    public var unit: String?
    public var units: [String]?
    public var reason: String?
    public var summary: String?
    public var closure: CaseClosure?
    public var reached: Bool?
    public var unreachedReason: UnreachedReason?
    public var responded: Bool?
    public var contacted: Bool?
    public var resolved: Bool?
    /// The rating; nil both when none was sent and for `"no_rating"` (`rated` tells them apart).
    public var satisfaction: Satisfaction?
    /// Whether `satisfaction` was given, `"no_rating"` included.
    public var rated: Bool
    public var words: String?
    public var category: String?

    public init(
        event: String, unit: String? = nil, units: [String]? = nil, reason: String? = nil, summary: String? = nil, closure: CaseClosure? = nil,
        reached: Bool? = nil, unreachedReason: UnreachedReason? = nil, responded: Bool? = nil, contacted: Bool? = nil, resolved: Bool? = nil,
        satisfaction: Satisfaction? = nil, words: String? = nil, category: String? = nil
    ) {
        self.event = event
        self.unit = unit
        self.units = units
        self.reason = reason
        self.summary = summary
        self.closure = closure
        self.reached = reached
        self.unreachedReason = unreachedReason
        self.responded = responded
        self.contacted = contacted
        self.resolved = resolved
        self.satisfaction = satisfaction
        self.rated = satisfaction != nil
        self.words = words
        self.category = category
    }

    enum CodingKeys: String, CodingKey {
        case event, unit, units, reason, summary, closure, reached, unreachedReason, responded, contacted, resolved, satisfaction, words, category
    }

    /// The rating's value on the wire for "the citizen gave no rating".
    public static let noRating = "no_rating"

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        event = try values.decode(String.self, forKey: .event)
        unit = try values.decodeIfPresent(String.self, forKey: .unit)
        units = try values.decodeIfPresent([String].self, forKey: .units)
        reason = try values.decodeIfPresent(String.self, forKey: .reason)
        summary = try values.decodeIfPresent(String.self, forKey: .summary)
        closure = try values.decodeIfPresent(CaseClosure.self, forKey: .closure)
        reached = try values.decodeIfPresent(Bool.self, forKey: .reached)
        unreachedReason = try values.decodeIfPresent(UnreachedReason.self, forKey: .unreachedReason)
        responded = try values.decodeIfPresent(Bool.self, forKey: .responded)
        contacted = try values.decodeIfPresent(Bool.self, forKey: .contacted)
        resolved = try values.decodeIfPresent(Bool.self, forKey: .resolved)
        let rating = try values.decodeIfPresent(String.self, forKey: .satisfaction)
        rated = rating != nil
        if let rating, rating != Self.noRating {
            guard let value = Satisfaction(rawValue: rating) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .satisfaction, in: values,
                    debugDescription: "one of " + (Satisfaction.allCases.map(\.rawValue) + [Self.noRating]).joined(separator: ", "))
            }
            satisfaction = value
        }
        words = try values.decodeIfPresent(String.self, forKey: .words)
        category = try values.decodeIfPresent(String.self, forKey: .category)
    }
}
