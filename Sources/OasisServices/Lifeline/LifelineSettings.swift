import OasisStore

/// The lifeline module's settings (the `settings` table; `oasis`'s operators set them there): the case category and
/// resolve deadline a dispatched alert's case gets, and the minutes after which an unacknowledged alert is escalated
/// one tier up.
public struct LifelineSettings: Sendable, Equatable {
    public static let caseCategoryKey = "lifeline_case_category"
    public static let caseDeadlineKey = "lifeline_case_deadline_minutes"
    public static let escalationKey = "lifeline_escalation_minutes"

    /// 突发事件 · 管线爆裂 (burst pipe or main) in the built-in taxonomy.
    public var caseCategory = "E0402"
    public var caseDeadlineMinutes = 30.0
    /// Hefei's response chain: five minutes from an alert to someone on it.
    public var escalationMinutes = 5.0

    public init() {}

    /// The stored settings, each falling back to its default when absent or not a positive number.
    public static func load(_ store: Store) async throws -> LifelineSettings {
        var settings = LifelineSettings()
        if let category = try await store.settings.get(caseCategoryKey), !category.isEmpty { settings.caseCategory = category }
        if let text = try await store.settings.get(caseDeadlineKey), let minutes = Double(text), minutes.isFinite, minutes > 0 {
            settings.caseDeadlineMinutes = minutes
        }
        if let text = try await store.settings.get(escalationKey), let minutes = Double(text), minutes.isFinite, minutes > 0 {
            settings.escalationMinutes = minutes
        }
        return settings
    }
}
