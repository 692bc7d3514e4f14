import Foundation
import OasisCore
import Testing

@Suite("Indicator frameworks as data")
struct FrameworkTests {
    @Test("the built-in framework is consistent: about 61 health-check indicators plus the census ones, six goals, a 2030 target")
    func builtIn() {
        let framework = IndicatorFramework.builtIn
        #expect(framework.problems().isEmpty)
        let checked = framework.indicators.filter { !$0.computed }
        #expect((55...70).contains(checked.count))
        #expect(Set(framework.indicators.map(\.level)) == ["dwelling", "community", "block", "city"])
        #expect(framework.goals.map(\.code) == ["innovative", "liveable", "beautiful", "resilient", "civilised", "smart"])
        for goal in framework.goals { #expect(framework.indicators.filter { $0.goal == goal.code }.count >= 5, "\(goal.code)") }
        // The census (P01–P03) and the living-circle analyses (P04–P12); U22 is a checked indicator the shelter analysis also computes.
        #expect(framework.indicators.filter(\.computed).map(\.code) == (1...12).map { String(format: "P%02d", $0) })
        #expect(framework.targets.first { $0.indicator == "P03" && $0.region == "650000" }?.value == 65)
        #expect(framework.indicators.allSatisfy { !$0.nameZh.isEmpty && !$0.nameEn.isEmpty })
        #expect(framework.indicators.filter { $0.threshold != nil }.allSatisfy { $0.threshold?.sourceEn?.isEmpty == false })
    }

    @Test("export and re-import give the same framework")
    func roundTrip() throws {
        let framework = IndicatorFramework.builtIn
        #expect(try IndicatorFramework.decode(json: framework.encodedJSON()) == framework)
    }

    @Test("an inconsistent framework is refused with every problem named")
    func inconsistent() throws {
        var framework = HandWorkedExample.framework
        framework.indicators[0].group = "nope"
        framework.indicators[1].goal = "happy"
        framework.indicators[4].threshold = Threshold(lower: 60, upper: 40)
        framework.indicators.append(framework.indicators[2])
        framework.targets = [
            IndicatorTarget(id: "t", indicator: "X9", region: "650000", baseYear: 2030, targetYear: 2020, value: 1, comparison: .atLeast)
        ]
        let reasons = framework.problems().map(\.reason)
        #expect(reasons.contains("unknown group nope"))
        #expect(reasons.contains("unknown goal happy"))
        #expect(reasons.contains("a band threshold needs lower ≤ upper"))
        #expect(reasons.contains("code I3 appears more than once"))
        #expect(reasons.contains("unknown indicator X9"))
        #expect(reasons.contains("the target year must follow the base year"))
        #expect(throws: OasisError.self) { try IndicatorFramework.decode(json: framework.encodedJSON()) }
    }

    @Test("malformed framework JSON names the field")
    func malformed() {
        #expect {
            try IndicatorFramework.decode(json: Array(#"{"id": "x", "version": "2025"}"#.utf8))
        } throws: { ($0 as? OasisError)?.details.first?.field == "version" }
    }

    @Test("census indicators: Xinjiang's 2020 urbanisation rate is 56.53 %")
    func census() async throws {
        let xinjiang = Region(
            code: try RegionCode("650000"), parentCode: nil, level: .province, nameZh: "新疆", nameEn: "Xinjiang",
            population: 25_852_345, urbanPopulation: 14_613_622, censusYear: 2020)
        let values = try await CensusIndicatorSource().observations(for: [xinjiang])
        let rate = try #require(values.first { $0.indicator == "P03" })
        #expect(rate.period == 2020)
        #expect(String(format: "%.2f", rate.value) == "56.53")
    }
}
