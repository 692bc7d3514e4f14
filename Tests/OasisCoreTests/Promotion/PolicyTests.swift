import OasisCore
import Testing

@Suite("Policies as data")
struct PolicyTests {
    @Test("the seed policy ships with its sections and 28 measures, each linked to known indicators")
    func seed() {
        let policy = Policy.xinjiang2025
        #expect(policy.measures.map(\.number) == Array(1...28))
        #expect(policy.problems(framework: .builtIn).isEmpty)
        #expect(policy.measure(9)?.titleZh.contains("城市更新") == true)
        #expect(policy.measure(13)?.indicators.contains("C03") == true)
        #expect(policy.measures.allSatisfy { !$0.summaryZh.isEmpty && !$0.summaryEn.isEmpty })
        let linked = Set(policy.measures.flatMap(\.indicators))
        #expect(linked.contains("P03"))
    }

    @Test("a policy naming an unknown section or indicator is refused with both problems")
    func inconsistent() throws {
        var policy = Policy.xinjiang2025
        policy.measures[0].section = 99
        policy.measures[1].indicators = ["ZZ1"]
        policy.measures[2].number = 1
        let reasons = policy.problems(framework: .builtIn).map(\.reason)
        #expect(reasons.contains("unknown section 99"))
        #expect(reasons.contains("unknown indicator ZZ1"))
        #expect(reasons.contains("measure number 1 appears twice"))
    }
}
