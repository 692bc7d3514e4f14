import Foundation
import Logging
import OasisCore
import OasisCredentials
import OasisImport
import OasisStore

/// What happens when Oasis starts on a database: migrate, seed the demo into an empty database, and make
/// sure an administrator exists.
public struct Bootstrap: Sendable {
    public struct Outcome: Sendable {
        public var migration: Migrator.Report
        public var seededRegions: Int
        /// The administrator's one-time password, when one was created now. Print it once.
        public var oneTimeAdminPassword: String?
        public var adminCreated: Bool
    }

    public let store: Store
    public let configuration: ServerConfiguration

    public init(store: Store, configuration: ServerConfiguration) {
        self.store = store
        self.configuration = configuration
    }

    public func run(adminPassword: String?, logger: Logger) async throws -> Outcome {
        let migration = try await store.migrate()
        var seeded = 0
        if configuration.seedsDemo, try await store.settings.get("demo_seeded") == nil, try await store.regions.count() == 0 {
            seeded = try await Self.seedXinjiang(into: store)
            let samples = try await Self.seedSampleValues(into: store)
            let projects = try await DemoPromotion.seed(into: store)
            let (features, figures) = try await Self.seedSampleLayers(into: store)
            let readings = try await DemoLifeline.seed(into: store)
            logger.info(
                "seeded the built-in demo",
                metadata: [
                    "regions": "\(seeded)", "sampleValues": "\(samples)", "sampleProjects": "\(projects)",
                    "sampleFeatures": "\(features)", "sampleAnalysisFigures": "\(figures)", "sampleLifelineReadings": "\(readings)",
                ])
        }
        let identity = IdentityService(store: store, hasher: PasswordHasher(cost: configuration.bcryptCost))
        let hadAdmin = try await store.users.countAdmins() > 0
        let oneTime = try await identity.ensureAdministrator(password: adminPassword, logger: logger)
        let lifetime = TimeInterval(configuration.tokenLifetimeDays) * 86_400
        let expiring = try await store.tokens.assignExpiry(lifetime: lifetime, by: .system)
        if expiring > 0 {
            logger.notice(
                "API tokens without an expiry now expire", metadata: ["tokens": "\(expiring)", "days": "\(configuration.tokenLifetimeDays)"])
        }
        return Outcome(migration: migration, seededRegions: seeded, oneTimeAdminPassword: oneTime, adminCreated: !hadAdmin)
    }

    /// Loads the demo's sample indicator values (labelled as a sample) and Xinjiang's urbanisation series,
    /// then brings the problem ledger in step. Returns the number of values written.
    public static func seedSampleValues(into store: Store) async throws -> Int {
        let framework = try await store.frameworks.activeOrBuiltIn()
        let prefectures = try await store.regions.list(level: .prefecture).map(\.code.rawValue)
        var records = DemoSampleValues.values(framework: framework, regions: prefectures).map {
            IndicatorValueRecord(region: $0.region, indicator: $0.indicator, period: $0.period, value: $0.value, source: DemoSampleValues.source)
        }
        if try await store.regions.get(try RegionCode("650000")) != nil {
            records += DemoSampleValues.xinjiangUrbanisation.map {
                IndicatorValueRecord(
                    region: "650000", indicator: CensusIndicatorSource.urbanisationRate, period: $0.period, value: $0.value, source: $0.source)
            }
        }
        let record = try await store.indicatorValues.write(
            records, fileName: "built-in demo sample", format: "demo", sha256: "-",
            rowCount: records.count, rejected: 0, by: .system)
        try await EvaluationService(store: store).refreshLedger(by: .system)
        return record.written
    }

    /// Loads the demo's sample layers of Tianshan District and records the living-circle and shelter figures the
    /// analyses compute on them over the synthetic demo walking network. Returns the features and figures written.
    public static func seedSampleLayers(into store: Store) async throws -> (features: Int, figures: Int) {
        let features = try await DemoSpatialLayers.seed(into: store)
        return (features, try await DemoLivingCircles.seed(into: store))
    }

    /// Loads Xinjiang's regions with their 2020 census figures and the demo's register of units (the built-in demo).
    public static func seedXinjiang(into store: Store) async throws -> Int {
        var regions = try RegionCSVReader().read(Array(XinjiangCensus2020.csv.utf8))
        for index in regions.indices {
            regions[index].censusYear = 2020
            regions[index].names[.ug] = XinjiangRegionNamesUyghur.names[regions[index].code.rawValue]
        }
        let summary = try await store.regions.upsert(regions, by: .system)
        try await DemoCaseUnits.seed(into: store)
        try await store.settings.set("demo_seeded", "xinjiang-census-2020")
        return summary.inserted + summary.updated
    }
}
