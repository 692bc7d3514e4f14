import OasisCore

/// The follow-up call (回访) of a historical case, read from the source's columns through value maps: `reached`
/// onto `reached` or the reason the citizen was not (`no_answer`, `wrong_number`, `refused`; an empty mapped value:
/// no call), `responded` and `resolved` onto `yes` / `no`, `satisfaction` onto `satisfied`, `basically_satisfied`,
/// `unsatisfied` or `no_rating`.
public struct CaseImportFollowUpMapping: Codable, Sendable, Equatable {
    public var reached: CaseImportValueMap
    public var responded: CaseImportValueMap?
    public var resolved: CaseImportValueMap?
    public var satisfaction: CaseImportValueMap?

    public static let reachedValue = "reached"
    static let answers: Set<String> = ["yes", "no"]
    static var reachedValues: Set<String> { Set([reachedValue] + UnreachedReason.allCases.map(\.rawValue)) }
    static var ratings: Set<String> { Set(Satisfaction.allCases.map(\.rawValue) + [CaseEventInput.noRating]) }

    public init(
        reached: CaseImportValueMap, responded: CaseImportValueMap? = nil, resolved: CaseImportValueMap? = nil,
        satisfaction: CaseImportValueMap? = nil
    ) {
        self.reached = reached
        self.responded = responded
        self.resolved = resolved
        self.satisfaction = satisfaction
    }

    /// The maps with the values each may give, by JSON path.
    var maps: [(path: String, map: CaseImportValueMap, allowed: Set<String>)] {
        [("followUp.reached", reached, Self.reachedValues)]
            + [("followUp.responded", responded), ("followUp.resolved", resolved)].compactMap { path, map in map.map { (path, $0, Self.answers) } }
            + (satisfaction.map { [("followUp.satisfaction", $0, Self.ratings)] } ?? [])
    }

    /// Values outside what each map may give (an empty value is allowed: nothing to say), and `keep` policies.
    func problems(_ check: (CaseImportValueMap, String) -> Void) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        for (path, map, allowed) in maps {
            check(map, path)
            let choices = allowed.sorted().joined(separator: ", ")
            for (source, value) in map.values.sorted(by: { $0.key < $1.key }) where !value.isEmpty && !allowed.contains(value) {
                problems.append(.init(field: "\(path).values[\(source)]", reason: "\"\(value)\" is not one of \(choices)"))
            }
            if let value = map.default, !value.isEmpty, !allowed.contains(value) {
                problems.append(.init(field: "\(path).default", reason: "\"\(value)\" is not one of \(choices)"))
            }
            if map.unmapped == .keep { problems.append(.init(field: "\(path).unmapped", reason: "use refuse or default")) }
        }
        return problems
    }

    /// The visit the mapped values of a row make, or the problem with them (column path and reason); nil, nil for a
    /// row without a call.
    static func visit(reached: String?, responded: String?, resolved: String?, satisfaction: String?) -> (FollowUpVisit?, (String, String)?) {
        guard let reached else { return (nil, nil) }
        guard reached == reachedValue else {
            guard let reason = UnreachedReason(rawValue: reached) else { return (nil, ("followUp.reached", "\"\(reached)\" is no answer")) }
            for (path, value) in [("followUp.responded", responded), ("followUp.resolved", resolved), ("followUp.satisfaction", satisfaction)]
            where value != nil {
                return (nil, (path, "a citizen who was not reached gave no answers"))
            }
            return (.unreached(reason), nil)
        }
        guard let responded else { return (nil, ("followUp.responded", "a reached citizen's visit needs whether the unit contacted them")) }
        guard let resolved else { return (nil, ("followUp.resolved", "a reached citizen's visit needs whether the problem is resolved")) }
        let rating = satisfaction.flatMap(Satisfaction.init(rawValue:))
        return (.reached(responded: responded == "yes", resolved: resolved == "yes", satisfaction: rating), nil)
    }
}
