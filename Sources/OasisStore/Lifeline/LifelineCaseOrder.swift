import Foundation
import OasisCore

/// How a dispatched alert becomes a hotline case: the category (a leaf of the taxonomy in use), the priority, the
/// minutes the owner unit has to resolve it, and the description the case carries.
public struct LifelineCaseOrder: Sendable {
    public var category: String
    public var priority: CasePriority
    public var deadlineMinutes: Double
    public var description: @Sendable (LifelineAlert, LifelineAsset) -> String

    public init(
        category: String, priority: CasePriority = .emergency, deadlineMinutes: Double,
        description: @escaping @Sendable (LifelineAlert, LifelineAsset) -> String
    ) {
        self.category = category
        self.priority = priority
        self.deadlineMinutes = deadlineMinutes
        self.description = description
    }

    /// The case for an alert on an asset, dispatched to the asset's owner unit at `now`: its deadline to respond and
    /// to resolve is `deadlineMinutes` later (the warning at four fifths of that).
    public func hotlineCase(for alert: LifelineAlert, asset: LifelineAsset, at now: Date) -> HotlineCase {
        var workflow = CaseWorkflow()
        workflow.status = .dispatched
        workflow.unit = asset.ownerUnit
        let seconds = (deadlineMinutes * 60).rounded()
        let deadline = now.addingTimeInterval(seconds)
        return HotlineCase(
            kind: .event, category: category, channel: "lifeline", priority: priority, description: description(alert, asset),
            location: asset.geometry.anchor, region: asset.region, workflow: workflow, registeredAt: now, dispatchedAt: now,
            deadlines: CaseDeadlines(respondBy: deadline, resolveBy: deadline, warnAt: now.addingTimeInterval((seconds * 0.8).rounded())),
            externalID: "lifeline-alert-\(alert.id)", source: "lifeline")
    }
}
