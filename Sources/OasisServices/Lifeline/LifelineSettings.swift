import OasisStore

/// The lifeline module's settings (the `settings` table; `oasis`'s operators set them there): the case category and
/// resolve deadline a dispatched alert's case gets, the minutes after which an unacknowledged alert is escalated one
/// tier up, and how long the raw readings, the 1-minute and the 1-hour rollups are kept.
public struct LifelineSettings: Sendable, Equatable {
    public static let caseCategoryKey = "lifeline_case_category"
    public static let caseDeadlineKey = "lifeline_case_deadline_minutes"
    public static let escalationKey = "lifeline_escalation_minutes"
    public static let rawRetentionKey = "lifeline_raw_retention_days"
    public static let minuteRetentionKey = "lifeline_minute_retention_days"
    public static let hourRetentionKey = "lifeline_hour_retention_days"

    /// 突发事件 · 管线爆裂 (burst pipe or main) in the built-in taxonomy.
    public var caseCategory = "E0402"
    public var caseDeadlineMinutes = 30.0
    /// Hefei's response chain: five minutes from an alert to someone on it.
    public var escalationMinutes = 5.0
    /// Days the raw readings are kept.
    public var rawRetentionDays = 30.0
    /// Days the 1-minute rollups are kept.
    public var minuteRetentionDays = 180.0
    /// Days the 1-hour rollups are kept; nil (the default, or a setting of 0) keeps them for ever.
    public var hourRetentionDays: Double?

    public init() {}

    /// The stored settings, each falling back to its default when absent or not a positive number (the hourly
    /// retention: kept for ever).
    public static func load(_ store: Store) async throws -> LifelineSettings {
        var settings = LifelineSettings()
        if let category = try await store.settings.get(caseCategoryKey), !category.isEmpty { settings.caseCategory = category }
        func positive(_ key: String) async throws -> Double? {
            guard let text = try await store.settings.get(key), let number = Double(text), number.isFinite, number > 0 else { return nil }
            return number
        }
        if let minutes = try await positive(caseDeadlineKey) { settings.caseDeadlineMinutes = minutes }
        if let minutes = try await positive(escalationKey) { settings.escalationMinutes = minutes }
        if let days = try await positive(rawRetentionKey) { settings.rawRetentionDays = days }
        if let days = try await positive(minuteRetentionKey) { settings.minuteRetentionDays = days }
        settings.hourRetentionDays = try await positive(hourRetentionKey)
        return settings
    }
}
