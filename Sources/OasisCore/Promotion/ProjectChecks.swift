import Foundation

/// The checks the policy asks for, as pure functions of a project, the boundary and today.
public struct ProjectChecks: Sendable {
    /// Residential buildings above this height are flagged (metres).
    public var superTallThresholdMeters: Double
    /// Tolerated overspend before a cost overrun is flagged (0.05 = 5 %).
    public var costTolerance: Double

    public init(superTallThresholdMeters: Double = 80, costTolerance: Double = 0) {
        self.superTallThresholdMeters = superTallThresholdMeters
        self.costTolerance = costTolerance
    }

    public func flags(for project: RenewalProject, boundary: BoundaryArea?, now: Date) -> [ProjectFlag] {
        var flags: [ProjectFlag] = []
        if let boundary {
            if let point = project.location, !boundary.contains(point) {
                flags.append(
                    .init(
                        kind: .outsideBoundary, detail: "site \(point.longitude), \(point.latitude) lies outside the urban development boundary",
                        messageKey: "flag_detail_outside_point", arguments: [String(point.longitude), String(point.latitude)]))
            } else if let area = project.area {
                let outside = area.polygons.flatMap { $0.first ?? [] }.filter { !boundary.contains($0) }
                if !outside.isEmpty {
                    flags.append(
                        .init(
                            kind: .outsideBoundary, detail: "\(outside.count) corner(s) of the site lie outside the urban development boundary",
                            messageKey: "flag_detail_outside_corners", arguments: [String(outside.count)]))
                }
            }
        }
        if project.residential, let height = project.maximumHeightMeters, height > superTallThresholdMeters {
            flags.append(
                .init(
                    kind: .superTallResidential, detail: "residential building of \(height) m exceeds \(superTallThresholdMeters) m",
                    messageKey: "flag_detail_super_tall", arguments: [String(height), String(superTallThresholdMeters)]))
        }
        if let end = project.plannedEnd {
            if let actual = project.actualEnd, actual > end {
                flags.append(
                    .init(
                        kind: .timeOverrun, detail: "completed \(Self.days(from: end, to: actual)) days after the planned end",
                        messageKey: "flag_detail_completed_late", arguments: [String(Self.days(from: end, to: actual))]))
            } else if project.actualEnd == nil, !project.stage.isFinished, now > end {
                flags.append(
                    .init(
                        kind: .timeOverrun, detail: "\(Self.days(from: end, to: now)) days past the planned end and not completed",
                        messageKey: "flag_detail_past_end", arguments: [String(Self.days(from: end, to: now))]))
            }
        }
        let budget = project.totalBudget
        if budget > 0, project.totalActualInvestment > budget * (1 + costTolerance) {
            let share = (project.totalActualInvestment / budget - 1) * 100
            flags.append(
                .init(
                    kind: .costOverrun, detail: String(format: "actual investment exceeds the budget by %.1f %%", share),
                    messageKey: "flag_detail_cost_overrun", arguments: [String(format: "%.1f", share)]))
        }
        for milestone in project.milestones where milestone.isOverdue(at: now) {
            flags.append(
                .init(
                    kind: .overdueMilestone, detail: "milestone \"\(milestone.name)\" is overdue", messageKey: "flag_detail_milestone",
                    arguments: [milestone.name]))
        }
        if project.type.isRenewal, project.citedProblems.isEmpty {
            flags.append(
                .init(
                    kind: .noCitedProblem, detail: "a renewal project should cite the health-check problems it addresses",
                    messageKey: "flag_detail_no_cited"))
        }
        return flags
    }

    static func days(from start: Date, to end: Date) -> Int { (end.timeIntervalSince(start) / 86_400).flooredClampedInteger }
}
