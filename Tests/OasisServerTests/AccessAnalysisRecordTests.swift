import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisRouting
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Recorded living-circle and shelter figures reach the health check")
struct AccessAnalysisRecordTests {
    /// The value the evaluation API gives one indicator of a region.
    static func value(_ app: Harness, _ region: String, _ indicator: String) async throws -> Double? {
        let check = try await app.request(.get, "/api/v1/evaluations/\(region)?period=2026", token: app.analystToken)
        #expect(check.status == .ok, "\(region): \(check.text)")
        let evaluation = try #require(try check.json()["evaluation"] as? [String: Any])
        let indicators = try #require(evaluation["indicators"] as? [[String: Any]])
        switch indicators.first(where: { $0["indicator"] as? String == indicator })?["value"] {
        case let value as Int: return Double(value)
        case let value as Double: return value
        case let value as NSNumber: return value.doubleValue
        default: return nil
        }
    }

    @Test("P04 and U22 for two districts and their city, population-weighted, after --record", arguments: TestStoreKind.available)
    func recordedFigures(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let service = AccessAnalysisService(store: app.store)
            let inputs = try await service.inputs(region: nil, by: .system)
            #expect(inputs.residences.count == 5)
            #expect(inputs.residencesWithoutRegion == 1)
            #expect(inputs.facilities["kindergarten"]?.count == 1)
            let network = try AccessAnalysisFixture.network()
            let access = service.access(inputs, network: network, sources: AccessAnalysisFixture.networkSources, standard: .gb50180, period: 2026)
            // Kindergarten within 300 m: Tianshan 100 of 400 (the home at 2 is 500 m away); Saybag 200 of 400 (3 is 900 m away).
            #expect(
                access.figures.filter { $0.indicator == "P04" } == [
                    AnalysisFigure(region: "650102", indicator: "P04", period: 2026, numerator: 100, denominator: 400),
                    AnalysisFigure(region: "650103", indicator: "P04", period: 2026, numerator: 200, denominator: 400),
                ])
            let recorded = try await service.record(access, period: 2026, region: nil, by: .system)
            #expect(recorded.regions == ["650102", "650103"])
            #expect(recorded.layerFeaturesWritten == 5)
            let shelters = service.shelters(inputs, network: network, period: 2026)
            #expect(
                shelters.figures == [
                    AnalysisFigure(region: "650102", indicator: "U22", period: 2026, numerator: 800, denominator: 400),
                    AnalysisFigure(region: "650103", indicator: "U22", period: 2026, numerator: 0, denominator: 400),
                ])
            _ = try await service.record(shelters, period: 2026, region: nil, by: .system)

            #expect(try await Self.value(app, "650102", "P04") == 25)
            #expect(try await Self.value(app, "650103", "P04") == 50)
            #expect(try await Self.value(app, "650100", "P04") == 37.5)
            #expect(try await Self.value(app, "650102", "U22") == 2)
            #expect(try await Self.value(app, "650103", "U22") == 0)
            #expect(try await Self.value(app, "650100", "U22") == 1)

            // A second run replaces the access layer's analysis output rather than adding to it; a run for one
            // district keeps the other district's figures.
            let again = try await service.record(access, period: 2026, region: nil, by: .system)
            #expect(again.layerFeaturesReplaced == 5)
            #expect(try await app.store.spatialFeatures.count(layer: .access, for: .system) == 5)
            let tianshan = try await service.inputs(region: "650102", by: .system)
            #expect(tianshan.residences.count == 2 && tianshan.residencesWithoutRegion == 0)
            let partial = service.access(tianshan, network: network, sources: AccessAnalysisFixture.networkSources, standard: .gb50180, period: 2026)
            _ = try await service.record(partial, period: 2026, region: "650102", by: .system)
            #expect(try await Self.value(app, "650103", "P04") == 50)
            #expect(try await Self.value(app, "650100", "P04") == 37.5)
            #expect(try await app.store.spatialFeatures.count(layer: .access, for: .system) == 5)

            let page = try await app.store.spatialFeatures.list(layer: .access, bbox: nil, limit: nil, for: .system)
            let minutes = page.features.compactMap { ResidenceAccessFeature.minutes(to: "kindergarten", in: $0.text) }
            #expect(minutes.count == 5)
            let expected: Set<Double> = [0, 200.0 / 60, 500.0 / 60, 900.0 / 60]
            #expect(Set(minutes.map(\.minutes)) == expected)
        }
    }
}
