import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// Names beyond zh-Hans and English (migration 10): projects, frameworks, plans, schemes and tasks keep a Uyghur
/// name through the store, the flat Chinese and English columns unchanged beside it; framework sources keep theirs.
@Suite("Localized names contract: Uyghur names of projects, frameworks, plans, schemes and tasks")
struct LocalizedNamesContractTests {
    static let tianshanProject = "تەڭرىتاغ رايونى كونا ئولتۇراق رايونىنى ئۆزگەرتىش"

    @Test("a project's Uyghur name is stored, changed and removed like any field", arguments: TestStoreKind.available)
    func projectNames(kind: TestStoreKind) async throws {
        try await PromotionContractTests.withStore(kind) { store in
            var project = PromotionContractTests.project("TS-UG")
            project.names[.ug] = Self.tianshanProject
            let id = try #require(try await store.projects.save([project], by: .system).first?.after.id)
            var loaded = try #require(try await store.projects.get(id, for: .system))
            #expect(loaded.names[.ug] == Self.tianshanProject)
            #expect(loaded.nameZh == "项目TS-UG")
            #expect(loaded.nameEn == "Project TS-UG")
            #expect(loaded.name(in: .ug) == Self.tianshanProject)

            loaded.names[.ug] = nil
            try await store.projects.save([loaded], by: .system)
            let cleared = try #require(try await store.projects.get(id, for: .system))
            #expect(cleared.names[.ug] == nil)
            #expect(cleared.name(in: .ug) == "项目TS-UG")
        }
    }

    @Test("the built-in framework keeps its Uyghur names, and a stored framework's name lists in every language", arguments: TestStoreKind.available)
    func frameworkNames(kind: TestStoreKind) async throws {
        try await PromotionContractTests.withStore(kind) { store in
            try await store.frameworks.save(.builtIn, by: .system)
            let active = try #require(try await store.frameworks.active())
            #expect(active.indicator("U22")?.names[.ug] == "كىشى بېشىغا توغرا كېلىدىغان پاناھلىنىش ئورنىنىڭ ئۈنۈملۈك كۆلىمى")
            #expect(active.groups.first { $0.code == "city-heritage" }?.names[.ug] == "تارىخ ۋە مەدەنىيەت")
            #expect(active == .builtIn)
            let summary = try #require(try await store.frameworks.list().first)
            #expect(summary.names[.zhHans] == "城市体检基础指标体系（住房和城乡建设部）")
            #expect(summary.names[.ug] == IndicatorFramework.builtIn.names[.ug])
            #expect(summary.names[.ug]?.isEmpty == false)
        }
    }

    @Test(
        "threshold and target sources keep their Uyghur text through the store, and a removed one stays removed", arguments: TestStoreKind.available)
    func sources(kind: TestStoreKind) async throws {
        try await PromotionContractTests.withStore(kind) { store in
            try await store.frameworks.save(.builtIn, by: .system)
            let builtIn = try #require(try await store.frameworks.active())
            #expect(
                builtIn.indicator("U10")?.threshold?.sources[.ug]
                    == "تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش مىنىستىرلىكىنىڭ 2021-يىللىق شەھەر سالامەتلىك تەكشۈرۈشى كۆرسەتكۈچ سىستېمىسى: ئاستىنقى چەك قىممىتى 0"
            )
            #expect(builtIn.indicator("U10")?.threshold?.sourceZh == "住房和城乡建设部2021年城市体检指标体系：底线值为0")
            #expect(builtIn.targets.first?.sources[.ug]?.hasPrefix("شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق پارتكوم") == true)

            var changed = builtIn
            changed.version = 2026
            let u10 = try #require(changed.indicators.firstIndex { $0.code == "U10" })
            changed.indicators[u10].threshold?.sources[.ug] = nil
            changed.targets.append(
                IndicatorTarget(
                    id: "urumqi-sewage", indicator: "U01", region: "650100", baseYear: 2024, targetYear: 2027, value: 98, comparison: .atLeast))
            changed.targets[1].sources[.ug] = "ئۈرۈمچى پىلانى"
            try await store.frameworks.save(changed, by: .system)
            let loaded = try #require(try await store.frameworks.active())
            #expect(loaded.version == 2026)
            #expect(loaded.indicator("U10")?.threshold?.sources[.ug] == nil)
            #expect(loaded.indicator("U10")?.threshold?.source(in: .ug) == "住房和城乡建设部2021年城市体检指标体系：底线值为0")
            #expect(loaded.targets.last?.sources == LocalizedText([.ug: "ئۈرۈمچى پىلانى"]))
            #expect(loaded.targets.last?.sourceZh == nil)
            #expect(loaded == changed)
        }
    }

    @Test("plans, schemes and tasks keep Uyghur titles beside the Chinese and English ones", arguments: TestStoreKind.available)
    func planTitles(kind: TestStoreKind) async throws {
        try await PromotionContractTests.withStore(kind) { store in
            var plan = PromotionPlan(region: "650100", policyID: Policy.builtInID, titleZh: "规划", titleEn: "Plan", startYear: 2025, endYear: 2030)
            plan.titles[.ug] = "پىلان"
            let saved = try await store.plans.create(plan, by: .system)
            var task = SchemeTask(titleZh: "普查", leadUnit: "市住建局", deadline: PromotionContractTests.day("2026-03-31"), deliverable: "报告")
            task.titles[.ug] = "تەكشۈرۈش"
            var scheme = ImplementationScheme(planID: saved.id, measure: 13, region: "650100", titleZh: "方案", tasks: [task])
            scheme.titles[.ug] = "لايىھە"
            _ = try await store.plans.createScheme(scheme, by: .system)
            #expect(try await store.plans.plan(saved.id, for: .system)?.titles[.ug] == "پىلان")
            let loaded = try #require(try await store.plans.schemes(plan: saved.id, for: .system).first)
            #expect(loaded.titles[.ug] == "لايىھە")
            #expect(loaded.titles[.en] == nil)
            #expect(loaded.tasks.first?.titles[.ug] == "تەكشۈرۈش")
            #expect(loaded.tasks.first?.titleZh == "普查")
        }
    }
}
