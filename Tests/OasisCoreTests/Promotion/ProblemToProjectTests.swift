import OasisCore
import Testing

@Suite("From a ledger problem to a project, through completion, to verification in the next period")
struct ProblemToProjectTests {
    @Test("a failing indicator opens a problem; the project citing it completes; the next period's pass verifies it")
    func fullLoop() throws {
        let engine = EvaluationEngine(framework: HandWorkedExample.framework, settings: HandWorkedExample.settings)
        let reconciler = LedgerReconciler(framework: HandWorkedExample.framework)
        // 2024: B fails I2 (2 buildings with hazards against a threshold of 0).
        let y2024 = HandWorkedExample.observations().filter { $0.period == 2024 }
        let evaluationB2024 = try #require(engine.evaluate(y2024, regions: HandWorkedExample.regions)[2024]?[1])
        var ledger = reconciler.reconcile(evaluationB2024, existing: [])
        for index in ledger.indices { ledger[index].id = Int64(index + 1) }
        let problem = try #require(ledger.first { $0.indicator == "I2" })
        #expect(problem.status == .open)

        // A renewal project cites the problem and is completed in 2025.
        let project = RenewalProject(
            id: 1, code: "B-2025-01", nameZh: "隐患整治", nameEn: "Hazard removal", type: .oldNeighbourhoodRenovation,
            region: "B", stage: .completed, citedProblems: [problem.id])
        let solved = ProjectCompletion.solvedProblems(citedBy: project, problems: ledger, completionYear: 2025)
        #expect(solved.map(\.id) == [problem.id])
        #expect(solved.first?.status == .solved && solved.first?.solvedPeriod == 2025)
        ledger = ledger.map { entry in solved.first { $0.id == entry.id } ?? entry }

        // 2026: B's hazards are gone; the evaluation verifies the problem.
        var observations = HandWorkedExample.observations()
        for (indicator, values) in [
            ("I1", [90.0, 75, 71]), ("I2", [0.0, 0, 0]), ("I3", [25.0, 24, 30]), ("I4", [5.0, 5, 5]), ("I5", [50.0, 50, 50]),
        ] {
            observations += zip(HandWorkedExample.regions, values).map {
                IndicatorObservation(region: $0, indicator: indicator, period: 2026, value: $1)
            }
        }
        let evaluationB2026 = try #require(engine.evaluate(observations, regions: HandWorkedExample.regions)[2026]?[1])
        let changes = reconciler.reconcile(evaluationB2026, existing: ledger)
        let verified = try #require(changes.first { $0.id == problem.id })
        #expect(verified.status == .verified)
        #expect(verified.verifiedPeriod == 2026)
    }

    @Test("a project completed while its indicator still fails sees the problem reopened by the next period")
    func reopened() throws {
        let reconciler = LedgerReconciler(framework: HandWorkedExample.framework)
        let engine = EvaluationEngine(framework: HandWorkedExample.framework, settings: HandWorkedExample.settings)
        var problem = LedgerProblem(
            id: 9, region: "C", indicator: "I2", category: "g1", severity: .high, status: .open,
            firstPeriod: 2024, lastFailedPeriod: 2024)
        let project = RenewalProject(id: 2, code: "C-1", nameZh: "整治", nameEn: "Fix", type: .pipeNetworkRenewal, region: "C", citedProblems: [9])
        problem = try #require(ProjectCompletion.solvedProblems(citedBy: project, problems: [problem], completionYear: 2024).first)
        // 2025: C still has 1 building with hazards.
        let evaluation = try #require(engine.evaluate(HandWorkedExample.observations(), regions: HandWorkedExample.regions)[2025]?[2])
        let change = try #require(reconciler.reconcile(evaluation, existing: [problem]).first { $0.id == 9 })
        #expect(change.status == .open)
        #expect(change.reopenCount == 1)
    }
}
