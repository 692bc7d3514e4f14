import Foundation
import OasisCore

/// Each case's public tracking code and the signed-in user who submitted it (`case_tracking`): the public
/// tracking page finds a case by its code only, and a citizen's list of their own requests by the submitter.
extension CaseRepository {
    /// The case a tracking code stands for (the code as typed: `TrackingCode.normalised`), with its code.
    public func byTrackingCode(_ text: String) async throws -> (item: HotlineCase, code: String)? {
        guard let code = TrackingCode.normalised(text) else { return nil }
        guard let row = try await database.first("SELECT case_id FROM case_tracking WHERE code = ?", [.text(code)]) else { return nil }
        guard let item = try await get(try row.int("case_id"), for: .system) else { return nil }
        return (item, code)
    }

    /// The tracking code of a case, given to it now if it has none (a case from a bulk import).
    public func trackingCode(of id: Int64) async throws -> String {
        if let code = try await database.first("SELECT code FROM case_tracking WHERE case_id = ?", [.int(id)])?.string("code") { return code }
        let code = TrackingCode.random()
        try await database.execute(
            "INSERT INTO case_tracking (case_id, code, submitter_id) VALUES (?, ?, NULL) ON CONFLICT (case_id) DO NOTHING",
            [.int(id), .text(code)])
        return try await database.first("SELECT code FROM case_tracking WHERE case_id = ?", [.int(id)])?.string("code") ?? code
    }

    /// The cases a user submitted while signed in, newest first, with their tracking codes.
    public func submitted(by userID: Int64, limit: Int = 100) async throws -> [(item: HotlineCase, code: String)] {
        try await database.query(
            "SELECT c.*, t.code AS tracking_code FROM cases c JOIN case_tracking t ON t.case_id = c.id WHERE t.submitter_id = ? ORDER BY c.id DESC LIMIT \(max(1, limit))",
            [.int(userID)]
        ).map { (try CaseRows.item(from: $0), try $0.string("tracking_code")) }
    }

    /// Gives each new case its tracking code and records who submitted it, in the registering transaction.
    static func track(_ cases: [HotlineCase], submitters: [Int64?], on tx: any SQLExecutor) async throws {
        let rows = zip(cases, submitters).map { item, submitter -> [SQLValue] in
            [.int(item.id), .text(TrackingCode.random()), submitter.map(SQLValue.int) ?? .null]
        }
        try await BulkInsert.rows("case_tracking (case_id, code, submitter_id)", rows, on: tx)
    }
}
