import Foundation
import OasisCore

/// How a case is written to and read from the `cases` table.
enum CaseRows {
    static let columns = [
        "kind", "request_type", "category", "channel", "priority", "description", "longitude", "latitude", "address", "region_code", "reporter",
        "attachments", "status", "unit", "last_unit", "workflow", "registered_at", "dispatched_at", "closed_at", "deadline_at", "deadlines", "supervised",
        "summoned_units", "external_id", "source", "token", "updated_at",
    ]

    static func millis(_ date: Date?) -> SQLValue { date.map { SQLValue($0) } ?? .null }

    static func binds(_ item: HotlineCase, now: Date) -> [SQLValue] {
        [
            .text(item.kind.rawValue), SQLValue(item.requestType), .text(item.category), .text(item.channel), .text(item.priority.rawValue),
            .text(item.description), SQLValue(item.location?.longitude), SQLValue(item.location?.latitude), SQLValue(item.address), SQLValue(item.region),
            SQLValue(item.reporter.map(JSONColumn.text)), .text(item.attachments.isEmpty ? "[]" : JSONColumn.text(item.attachments)), .text(item.status.rawValue),
            SQLValue(item.workflow.unit), SQLValue(item.workflow.lastHandlingUnit), .text(CaseJSON.workflow(item.workflow)), SQLValue(item.registeredAt), millis(item.dispatchedAt),
            millis(item.closedAt), millis(item.closedAt == nil && item.status != .cancelled ? item.deadlines?.resolveBy : nil),
            SQLValue(item.deadlines.map(CaseJSON.deadlines)), SQLValue(item.supervised), .text(CaseJSON.strings(item.summonedUnits)), SQLValue(item.externalID),
            .text(item.source), SQLValue(item.token), SQLValue(now),
        ]
    }

    static func item(from row: SQLRow) throws -> HotlineCase {
        let kindText = try row.string("kind"), priorityText = try row.string("priority")
        guard let kind = CaseKind(rawValue: kindText), let priority = CasePriority(rawValue: priorityText) else {
            throw OasisError(kind: .internal, code: "store_row_shape", message: "Case row holds an unknown kind \(kindText) or priority \(priorityText).")
        }
        var location: GeoPoint?
        if let longitude = row.optionalDouble("longitude"), let latitude = row.optionalDouble("latitude") {
            location = GeoPoint(longitude: longitude, latitude: latitude)
        }
        return HotlineCase(
            id: try row.int("id"), kind: kind, requestType: row.optionalString("request_type"), category: try row.string("category"),
            channel: try row.string("channel"), priority: priority, description: try row.string("description"), location: location,
            address: row.optionalString("address"), region: row.optionalString("region_code"),
            reporter: try row.optionalString("reporter").map { try JSONColumn.value(CaseReporter.self, $0, column: "reporter") },
            attachments: try JSONColumn.value([CaseAttachment].self, try row.string("attachments"), column: "attachments"),
            workflow: try JSONColumn.value(CaseWorkflow.self, try row.string("workflow"), column: "workflow"), registeredAt: try row.date("registered_at"),
            dispatchedAt: row["dispatched_at"].date, closedAt: row["closed_at"].date,
            deadlines: try row.optionalString("deadlines").map { try JSONColumn.value(CaseDeadlines.self, $0, column: "deadlines") },
            supervised: try row.bool("supervised"), summonedUnits: try JSONColumn.value([String].self, try row.string("summoned_units"), column: "summoned_units"),
            externalID: row.optionalString("external_id"), source: try row.string("source"), token: row.optionalString("token")
        )
    }
}
