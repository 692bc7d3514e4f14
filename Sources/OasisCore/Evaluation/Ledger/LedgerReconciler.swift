/// Applies one period's evaluation to the problem ledger:
/// - a failing indicator with no live problem opens one (id 0: to be inserted);
/// - a failing indicator with a live problem updates its last failing period and severity;
/// - a failing indicator whose problem was solved reopens it;
/// - a passing indicator solves a live problem that failed in an earlier period ("passed in P");
/// - a passing indicator verifies a problem solved in an earlier period.
/// Periods are processed in order; reconciling the same period twice changes nothing.
public struct LedgerReconciler: Sendable {
    public let framework: IndicatorFramework

    public init(framework: IndicatorFramework) { self.framework = framework }

    /// The problems to insert (id 0) or update, given the region's existing problems.
    public func reconcile(_ evaluation: RegionEvaluation, existing: [LedgerProblem]) -> [LedgerProblem] {
        var changes: [LedgerProblem] = []
        let period = evaluation.period
        for result in evaluation.indicators {
            guard result.status != .unknown, let definition = framework.indicator(result.indicator) else { continue }
            // The problem that matters is the latest one of this indicator.
            let current = existing.filter { $0.indicator == result.indicator }.max { $0.firstPeriod < $1.firstPeriod }
            if result.status == .fail {
                let severity = result.severity ?? .medium
                if var problem = current, problem.status != .verified {
                    guard problem.firstPeriod <= period else { continue }
                    if problem.status == .solved, let solved = problem.solvedPeriod, solved < period {
                        problem.status = .open
                        problem.reopenCount += 1
                        problem.solvedPeriod = nil
                        problem.note = "reopened: failed again in \(period)"
                    }
                    if period >= problem.lastFailedPeriod, problem.lastFailedPeriod != period || problem.severity != severity {
                        problem.lastFailedPeriod = period
                        problem.severity = severity
                    }
                    if problem != current { changes.append(problem) }
                } else if current == nil || (current!.verifiedPeriod ?? .max) < period {
                    changes.append(
                        LedgerProblem(
                            id: 0, region: evaluation.region, indicator: result.indicator, category: definition.group,
                            severity: severity, status: .open, firstPeriod: period, lastFailedPeriod: period))
                }
            } else if var problem = current {
                if problem.status.isActive, problem.lastFailedPeriod < period {
                    problem.status = .solved
                    problem.solvedPeriod = period
                    problem.note = "indicator passed in \(period)"
                    changes.append(problem)
                } else if problem.status == .solved, let solved = problem.solvedPeriod, solved < period {
                    problem.status = .verified
                    problem.verifiedPeriod = period
                    changes.append(problem)
                }
            }
        }
        return changes
    }
}
