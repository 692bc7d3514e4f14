import Foundation
import OasisCore

/// A new case ready for the intake's group commit: the case, who registers it, and its column values, worked out
/// (JSON columns included) by the request that brings it, so that the batch's transaction only binds them.
public struct CaseIntakeEntry: Sendable {
    public let item: HotlineCase
    public let access: StoreAccess
    let binds: [SQLValue]

    /// `now` is the time the case's row records as its last change (the request's time).
    public init(item: HotlineCase, access: StoreAccess, now: Date) {
        self.item = item
        self.access = access
        self.binds = CaseRows.binds(item, now: now)
    }
}
