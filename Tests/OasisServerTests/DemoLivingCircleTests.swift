import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("The demo's living circles: the synthetic walking network's figures and the shelters section")
struct DemoLivingCircleTests {
    @Test("seeding the demo records P04–P12 and U22 for Tianshan over the synthetic network, idempotently")
    func seededFigures() async throws {
        try await TestStore.with(.sqlite) { store in
            var configuration = ServerConfiguration()
            configuration.bcryptCost = 4
            _ = try await Bootstrap(store: store, configuration: configuration).run(adminPassword: "admin-password-1", logger: TestStore.logger)
            let year = try #require(DemoSampleValues.periods.last)
            let codes = AccessIndicator.all.map(\.code)
            let figures = try await store.analysisResults.figures(indicators: codes)
            #expect(Set(figures.map(\.region)) == ["650102"])
            #expect(Set(figures.map(\.period)) == [year])
            #expect(Set(figures.map(\.indicator)) == Set(codes))
            let p04 = try #require(figures.first { $0.indicator == "P04" })
            let share = p04.numerator / p04.denominator * 100
            #expect(share > 0 && share < 100)
            let u22 = try #require(figures.first { $0.indicator == "U22" })
            #expect(u22.numerator == 60_000)
            #expect(u22.denominator > 0 && u22.numerator / u22.denominator > 0)
            #expect(try await store.spatialFeatures.count(layer: .access, for: .system) == 36)

            // The health check reads them for Tianshan and, summed, for Urumqi.
            let regions = try await [store.regions.get(try RegionCode("650102")), store.regions.get(try RegionCode("650100"))].compactMap { $0 }
            let observations = try await AccessIndicatorSource(store: store).observations(for: regions)
            for code in ["650102", "650100"] {
                #expect(observations.contains { $0.region == code && $0.indicator == "P04" && $0.period == year })
                #expect(observations.contains { $0.region == code && $0.indicator == "U22" && $0.period == year })
            }

            // Seeding again replaces rather than adds.
            let again = try await Bootstrap.seedSampleLayers(into: store)
            #expect(again.features == 59 && again.figures == figures.count)
            #expect(try await store.analysisResults.figures(indicators: codes) == figures)
            #expect(try await store.spatialFeatures.count(layer: .access, for: .system) == 36)
        }
    }

    @Test("the demo region's page colours the residences, lists the figures and the shelters with their capacities", arguments: ["en", "zh-Hans"])
    func page(language: String) async throws {
        try await Harness.run { app in
            _ = try await Bootstrap.seedSampleLayers(into: app.store)
            let response = try await app.request(
                .get, "/living-circles?region=650102&lang=\(language)",
                headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
            #expect(response.status == .ok)
            let text = response.text
            #expect(!text.contains("id=\"no-network\""))
            #expect(text.contains("class=\"valued\""))
            #expect(text.contains("id=\"living-figures\""))
            #expect(text.contains("href=\"/living-circles#shelters\""))
            #expect(text.contains("<h2 id=\"shelters\">"))
            // Capacity = effective area ÷ the class's per-capita area.
            for (id, area, perCapita, capacity) in [
                ("S1", "24,000", "2.00", "12,000"), ("S2", "6,000", "0.50", "12,000"), ("S3", "30,000", "3.00", "10,000"),
            ] {
                #expect(text.contains("<tr data-shelter=\"\(id)\">"))
                #expect(
                    text.contains(
                        "<td class=\"num\">\(area)</td><td class=\"num\">\(perCapita)</td><td class=\"num\">\(capacity)</td><td class=\"num\">—</td><td class=\"num\">—</td></tr>"
                    ))
            }
            #expect(text.contains("id=\"shelter-districts\""))
            #expect(text.contains("<td class=\"num\">60,000</td>"))
            #expect(!text.contains("id=\"no-shelter-figures\""))
            let missing = text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression)
            #expect(missing == nil, "a missing message in \(language)")
        }
    }
}
