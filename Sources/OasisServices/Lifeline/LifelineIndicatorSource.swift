import Foundation
import OasisCore
import OasisStore

/// The lifeline module's figures as computed indicators for the health check, per region (its assets and those of
/// every region below it) and year (China time, from the alert's opening):
/// - **LL01** alerts per 100 km of pipeline: alerts opened in the year over the length of the region's line assets
///   (mains, drainage, heating pipes, tunnels; points count no length), lower is better;
/// - **LL02** mean minutes from an alert's opening to its acknowledgement, of the alerts acknowledged, lower is better;
/// - **LL03** mean minutes from an alert's opening to its dispatch into the hotline loop, lower is better;
/// - **LL04** the share of the region's sensors that sent a reading in the last 24 hours (%), for the current year
///   only, higher is better.
/// A framework that lists these codes gets them evaluated like any other indicator; a region without the figure's
/// denominator (no line assets, no acknowledged alert, no sensor) has no value rather than 0.
public struct LifelineIndicatorSource: ComputedIndicatorSource {
    public static let alertsPer100Km = "LL01"
    public static let minutesToAcknowledge = "LL02"
    public static let minutesToDispatch = "LL03"
    public static let sensorsOnline = "LL04"

    public let store: Store

    public init(store: Store) { self.store = store }

    public var indicatorCodes: [String] { [Self.alertsPer100Km, Self.minutesToAcknowledge, Self.minutesToDispatch, Self.sensorsOnline] }

    /// Sums of one asset region and year.
    struct YearSums {
        var alerts = 0.0
        var acknowledgeMinutes = 0.0
        var acknowledged = 0.0
        var dispatchMinutes = 0.0
        var dispatched = 0.0

        static func + (lhs: YearSums, rhs: YearSums) -> YearSums {
            YearSums(
                alerts: lhs.alerts + rhs.alerts, acknowledgeMinutes: lhs.acknowledgeMinutes + rhs.acknowledgeMinutes,
                acknowledged: lhs.acknowledged + rhs.acknowledged, dispatchMinutes: lhs.dispatchMinutes + rhs.dispatchMinutes,
                dispatched: lhs.dispatched + rhs.dispatched)
        }
    }

    public func observations(for regions: [Region]) async throws -> [IndicatorObservation] {
        guard !regions.isEmpty else { return [] }
        var lengths: [String: Double] = [:]
        for row in try await store.database.query(
            "SELECT region_code, SUM(length_m) AS length FROM lifeline_assets GROUP BY region_code")
        {
            lengths[try row.string("region_code")] = row.optionalDouble("length") ?? 0
        }
        guard !lengths.isEmpty else { return [] }
        var sums: [String: [Int: YearSums]] = [:]
        for row in try await store.database.query(
            """
            SELECT a.region_code, al.opened_at, al.acknowledged_at, al.dispatched_at
            FROM lifeline_alerts al JOIN lifeline_sensors s ON s.id = al.sensor_id JOIN lifeline_assets a ON a.id = s.asset_id
            """)
        {
            let opened = try row.int("opened_at")
            guard let year = Int(CaseContribution.day(Date(timeIntervalSince1970: Double(opened) / 1000)).prefix(4)) else { continue }
            var figures = sums[try row.string("region_code"), default: [:]][year] ?? YearSums()
            figures.alerts += 1
            if let at = row.optionalInt("acknowledged_at") {
                figures.acknowledgeMinutes += Double(at - opened) / 60_000
                figures.acknowledged += 1
            }
            if let at = row.optionalInt("dispatched_at") {
                figures.dispatchMinutes += Double(at - opened) / 60_000
                figures.dispatched += 1
            }
            sums[try row.string("region_code"), default: [:]][year] = figures
        }
        let now = store.clock.now()
        let since = Int64((now.timeIntervalSince1970 - 86_400) * 1000)
        var sensors: [String: (total: Double, online: Double)] = [:]
        for row in try await store.database.query(
            """
            SELECT a.region_code, COUNT(*) AS total,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM lifeline_readings r WHERE r.sensor_id = s.id AND r.at >= ?) THEN 1 ELSE 0 END) AS online
            FROM lifeline_sensors s JOIN lifeline_assets a ON a.id = s.asset_id GROUP BY a.region_code
            """, [.int(since)])
        {
            sensors[try row.string("region_code")] = (Double(row.optionalInt("total") ?? 0), Double(row.optionalInt("online") ?? 0))
        }
        let currentYear = Int(CaseContribution.day(now).prefix(4)) ?? 0
        let paths = try await store.regions.paths()
        var observations: [IndicatorObservation] = []
        for region in regions {
            let code = region.code.rawValue
            let length = lengths.filter { paths.isWithin($0.key, code) }.values.reduce(0, +)
            var years: [Int: YearSums] = [:]
            for (key, byYear) in sums where paths.isWithin(key, code) {
                for (year, value) in byYear { years[year] = (years[year] ?? YearSums()) + value }
            }
            for (year, value) in years.sorted(by: { $0.key < $1.key }) {
                if length > 0 {
                    observations.append(.init(region: code, indicator: Self.alertsPer100Km, period: year, value: value.alerts * 100_000 / length))
                }
                if value.acknowledged > 0 {
                    observations.append(
                        .init(region: code, indicator: Self.minutesToAcknowledge, period: year, value: value.acknowledgeMinutes / value.acknowledged))
                }
                if value.dispatched > 0 {
                    observations.append(
                        .init(region: code, indicator: Self.minutesToDispatch, period: year, value: value.dispatchMinutes / value.dispatched))
                }
            }
            let own = sensors.filter { paths.isWithin($0.key, code) }.values
            let total = own.reduce(0) { $0 + $1.total }
            if total > 0 {
                let online = own.reduce(0) { $0 + $1.online }
                observations.append(.init(region: code, indicator: Self.sensorsOnline, period: currentYear, value: online / total * 100))
            }
        }
        return observations
    }
}
