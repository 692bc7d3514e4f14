/// The schema history of Oasis, oldest first.
public enum Migrations {
    public static let all: [Migration] = [
        Migration001Foundation.migration,
        Migration002Evaluation.migration,
        Migration003Promotion.migration,
        Migration004Cases.migration,
        Migration005SpatialLayers.migration,
        Migration006AnalysisResults.migration,
        Migration007TokenExpiry.migration,
        Migration008Calendars.migration,
        Migration009RegionNames.migration,
        Migration010LocalizedNames.migration,
        Migration011HotlineDesk.migration,
        Migration012PasswordHistory.migration,
        Migration013Lifeline.migration,
        Migration014PublicUpdates.migration,
        Migration015MajorHazards.migration,
        Migration016LifelineRetention.migration,
        Migration017DeadlineWatch.migration,
        Migration018FollowUps.migration,
        Migration019CasePhotos.migration,
        Migration020Grids.migration,
        Migration021AnalysisJobs.migration,
    ]

    /// The schema version this build writes.
    public static var latestVersion: Int { all.last?.version ?? 0 }
}
