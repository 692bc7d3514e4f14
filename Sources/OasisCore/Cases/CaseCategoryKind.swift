/// What a taxonomy entry classifies: how a citizen asks (hotline request types) or what the case is about
/// (a city component that is damaged or missing, or an event that disturbs city order).
public enum CaseCategoryKind: String, Codable, Sendable, CaseIterable {
    /// 诉求类型: consultation, help, complaint, report, suggestion.
    case requestType = "request_type"
    /// 部件: a physical facility of the city (manhole cover, street light, bus shelter …).
    case component
    /// 事件: a situation that needs action (exposed refuse, illegal advertising, street vending …).
    case event

    /// Whether entries of this kind are offered as Open311 services (request types are an attribute instead).
    public var isService: Bool { self != .requestType }
}
