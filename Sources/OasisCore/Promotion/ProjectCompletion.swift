/// What completing a project does to the ledger: each cited problem that is still live becomes *solved*
/// in the completion year (awaiting verification); the next period's evaluation then verifies it or reopens it.
public enum ProjectCompletion {
    public static func solvedProblems(citedBy project: RenewalProject, problems: [LedgerProblem], completionYear: Int) -> [LedgerProblem] {
        let cited = Set(project.citedProblems)
        return problems.filter { cited.contains($0.id) && $0.status.isActive }.map { problem in
            var solved = problem
            solved.status = .solved
            solved.solvedPeriod = completionYear
            solved.note = "project \(project.code) completed in \(completionYear); awaiting verification"
            return solved
        }
    }
}
