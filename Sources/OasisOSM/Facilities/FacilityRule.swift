/// One classification rule: an element whose tags satisfy every condition in `when` is a facility of
/// `type`. Several rules may name the same type (any of them suffices).
public struct FacilityRule: Sendable, Hashable, Codable {
    public var type: FacilityType
    public var when: [TagCondition]

    public init(type: FacilityType, when: [TagCondition]) {
        self.type = type
        self.when = when
    }
}
