import OasisCore
import OasisRouting
import OasisStore

/// The demo's living-circle and shelter figures: the real analyses (`AccessAnalysisService`) run on the demo's
/// sample layers and its synthetic walking network (`DemoStreetNetwork`), recorded for the latest period of the
/// demo's sample indicator values (`DemoSampleValues.periods`, the health check's default period) so that the
/// living-circle page and the health check show P04–P12 and U22 for Tianshan District and Urumqi beside the
/// other sample indicators. (The calendar year would open a period of its own holding little but these figures,
/// and the health check would default to it.) Sample figures of made-up data (示例), seeded only with the demo.
public enum DemoLivingCircles {
    /// Runs and records both analyses when the demo region exists; returns the number of figures recorded.
    @discardableResult
    public static func seed(into store: Store) async throws -> Int {
        let region = DemoSpatialLayers.region
        guard try await store.regions.get(try RegionCode(region)) != nil else { return 0 }
        let period = DemoSampleValues.periods.last ?? CalendarDay(date: store.clock.now()).year
        let service = AccessAnalysisService(store: store)
        let inputs = try await service.inputs(region: region, by: .system)
        let network = try DemoStreetNetwork.make()
        let access = service.access(inputs, network: network, sources: [:], standard: .gb50180, period: period)
        let shelters = service.shelters(inputs, network: network, period: period)
        let recordedAccess = try await service.record(access, period: period, region: region, by: .system)
        let recordedShelters = try await service.record(shelters, period: period, region: region, by: .system)
        return recordedAccess.figures + recordedShelters.figures
    }
}
