import Foundation
import OasisCore

/// The recorded steps of all cases in a time window, oldest first, each with its case: what Open311's
/// `servicerequestupdates` extension publishes (other 311 systems follow cases by polling it).
extension CaseRepository {
    /// One recorded step: its id in the case history, the status it left the case in, when, and the case now.
    public struct Update: Sendable {
        public var id: Int64
        public var status: CaseStatus
        public var at: Date
        public var item: HotlineCase
    }

    /// Steps recorded from `from` to `to` (both included) on cases the access may see and `query` keeps (its
    /// filters — `excludedCodes`, `categories`, `statuses` (the case's now), `ids` — and paging; its registration window is
    /// not used), in the order they happened.
    public func updates(from: Date, to: Date, query: CaseQuery, for access: StoreAccess) async throws -> [Update] {
        var filter = query
        filter.registeredFrom = nil
        filter.registeredTo = nil
        let (condition, binds) = filter.condition(scope: CaseScope(access: access))
        let sql = """
            SELECT e.id AS update_id, e.status AS update_status, e.at AS update_at, c.* FROM case_events e JOIN cases c ON c.id = e.case_id \
            WHERE e.at >= ? AND e.at <= ? AND e.case_id IN (SELECT id FROM cases WHERE \(condition)) ORDER BY e.at, e.id LIMIT \(max(1, filter.limit)) OFFSET \(max(0, filter.offset))
            """
        return try await database.query(sql, [SQLValue(from), SQLValue(to)] + binds).map { row in
            Update(
                id: try row.int("update_id"), status: CaseStatus(rawValue: try row.string("update_status")) ?? .registered,
                at: try row.date("update_at"), item: try CaseRows.item(from: row))
        }
    }
}
