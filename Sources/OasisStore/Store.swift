import Foundation
import Logging
import OasisCore

/// An open Oasis database with its repositories: the one object the server and the CLI hold.
public final class Store: Sendable {
    public let database: any SQLDatabase
    public let location: StoreLocation
    public let clock: any OasisClock
    public let audit: AuditLog
    public let regions: RegionRepository
    public let users: UserRepository
    public let sessions: SessionRepository
    public let tokens: ApiTokenRepository
    public let settings: SettingsRepository
    public let frameworks: FrameworkRepository
    public let indicatorValues: IndicatorValueRepository
    public let problems: ProblemRepository
    public let policies: PolicyRepository
    public let plans: PlanRepository
    public let projects: ProjectRepository
    public let progressReports: ProgressReportRepository
    public let boundaries: BoundaryRepository
    public let promotionStatus: PromotionStatusRepository
    public let cases: CaseRepository
    public let regionAreas: RegionAreaRepository
    public let spatialFeatures: SpatialFeatureRepository
    public let analysisResults: AnalysisResultRepository
    public let calendars: CalendarRepository
    public let lifeline: LifelineRepository
    public let grids: GridRepository
    public let analysisJobs: AnalysisJobRepository

    public init(database: any SQLDatabase, location: StoreLocation, clock: any OasisClock, auditAnchor: AuditAnchor? = nil) {
        self.database = database
        self.location = location
        self.clock = clock
        audit = auditAnchor.map { AuditLog(database: database, clock: clock, anchor: $0) } ?? AuditLog(database: database, clock: clock)
        let routing = CaseRoutingCache()
        regions = RegionRepository(database: database, audit: audit, clock: clock, routing: routing)
        users = UserRepository(database: database, audit: audit, clock: clock)
        sessions = SessionRepository(database: database, clock: clock)
        tokens = ApiTokenRepository(database: database, audit: audit, clock: clock)
        settings = SettingsRepository(database: database)
        frameworks = FrameworkRepository(database: database, audit: audit, clock: clock)
        indicatorValues = IndicatorValueRepository(database: database, audit: audit, clock: clock)
        problems = ProblemRepository(database: database, audit: audit, clock: clock)
        policies = PolicyRepository(database: database, audit: audit, clock: clock)
        plans = PlanRepository(database: database, audit: audit, clock: clock)
        projects = ProjectRepository(database: database, audit: audit, clock: clock)
        progressReports = ProgressReportRepository(database: database, audit: audit, clock: clock)
        boundaries = BoundaryRepository(database: database, audit: audit, clock: clock)
        promotionStatus = PromotionStatusRepository(database: database)
        cases = CaseRepository(database: database, audit: audit, clock: clock, routing: routing)
        regionAreas = RegionAreaRepository(database: database, audit: audit, clock: clock, routing: routing)
        spatialFeatures = SpatialFeatureRepository(database: database, audit: audit, clock: clock, changes: SpatialLayerChanges())
        analysisResults = AnalysisResultRepository(database: database, audit: audit, clock: clock)
        calendars = CalendarRepository(database: database, audit: audit, clock: clock)
        lifeline = LifelineRepository(database: database, audit: audit, clock: clock)
        grids = GridRepository(database: database, audit: audit, clock: clock)
        analysisJobs = AnalysisJobRepository(database: database, audit: audit, clock: clock)
    }

    /// Opens the database at a location without changing it.
    ///
    /// `auditAnchorPath` is the file that keeps the audit chain's head outside the database; by default, for
    /// SQLite, `<database>.audit-anchor` beside it, and for PostgreSQL none (the head is only logged).
    /// `connectTimeout` bounds how long PostgreSQL may take to answer its first query.
    public static func open(
        _ location: StoreLocation, clock: any OasisClock = SystemClock(), auditAnchorPath: String? = nil,
        sqliteBusyWait: SQLiteBusyWait = SQLiteBusyWait(), connectTimeout: Duration = .seconds(10), logger: Logger
    ) async throws -> Store {
        if let auditAnchorPath { try AuditAnchor.requireFolder(of: auditAnchorPath) }
        let database: any SQLDatabase
        let anchorPath: String?
        switch location {
        case .sqlite(let path):
            database = try await SQLiteStore.open(path: path, busyWait: sqliteBusyWait, logger: logger)
            anchorPath = auditAnchorPath ?? AuditAnchor.path(besideDatabase: path)
        case .postgres(let url):
            database = try await PostgresStore.connect(url: url, logger: logger, timeout: connectTimeout)
            anchorPath = auditAnchorPath
        }
        return Store(database: database, location: location, clock: clock, auditAnchor: AuditAnchor(path: anchorPath, logger: logger))
    }

    /// Applies pending migrations; refuses a database from a newer Oasis.
    @discardableResult
    public func migrate() async throws -> Migrator.Report {
        try await Migrator(database: database, clock: clock).migrate()
    }

    /// True when the database answers a trivial query.
    public func isReady() async -> Bool {
        (try? await database.query("SELECT 1 AS ok", [])) != nil
    }

    public func close() async {
        await database.close()
        audit.anchor.flush()
    }
}
