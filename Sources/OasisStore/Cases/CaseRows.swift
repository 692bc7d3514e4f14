import Foundation
import OasisCore

/// How a case is written to and read from the `cases` table.
enum CaseRows {
    static let columns = [
        "kind", "request_type", "category", "channel", "priority", "description", "longitude", "latitude", "address", "region_code", "reporter",
        "attachments", "status", "unit", "last_unit", "workflow", "registered_at", "dispatched_at", "closed_at", "deadline_at", "deadlines",
        "warn_at", "supervised",
        "summoned_units", "external_id", "source", "token", "updated_at", "grid_code",
    ]

    /// A case's column values; `json` when its JSON columns are already made.
    static func binds(_ item: HotlineCase, now: Date, json: CaseJSONColumns? = nil) -> [SQLValue] {
        var list = CaseValueList()
        list.values.reserveCapacity(columns.count)
        encode(item, now: now, json: json ?? CaseJSONColumns(item), into: &list)
        return list.values
    }

    /// A case's column values in the order of `columns`, into a list of values or a prepared statement's binds.
    static func encode<Sink: CaseColumnSink>(_ item: HotlineCase, now: Date, json: CaseJSONColumns, into sink: inout Sink) {
        sink.text(item.kind.rawValue)
        sink.text(item.requestType)
        sink.text(item.category)
        sink.text(item.channel)
        sink.text(item.priority.rawValue)
        sink.text(item.description)
        sink.double(item.location?.longitude)
        sink.double(item.location?.latitude)
        sink.text(item.address)
        sink.text(item.region)
        sink.text(item.reporter.map(CaseJSON.reporter))
        sink.text(item.attachments.isEmpty ? "[]" : JSONColumn.text(item.attachments))
        sink.text(item.status.rawValue)
        sink.text(item.workflow.unit)
        sink.text(item.workflow.lastHandlingUnit)
        sink.text(json.workflow)
        sink.millis(item.registeredAt)
        sink.millis(item.dispatchedAt)
        sink.millis(item.closedAt)
        let running = item.closedAt == nil && item.status != .cancelled
        sink.millis(running ? item.deadlines?.resolveBy : nil)
        sink.text(json.deadlines)
        sink.millis(running ? item.deadlines?.warnAt : nil)
        sink.integer(item.supervised ? 1 : 0)
        sink.text(CaseJSON.strings(item.summonedUnits))
        sink.text(item.externalID)
        sink.text(item.source)
        sink.text(item.token)
        sink.millis(now)
        sink.text(item.grid)
    }

    /// A JSON list column; most cases hold none (`[]`, as written), which needs no decoder.
    static func list<Element: Decodable>(_ type: [Element].Type, _ text: String, column: String) throws -> [Element] {
        text == "[]" ? [] : try JSONColumn.value(type, text, column: column)
    }

    static func item(from row: SQLRow) throws -> HotlineCase {
        let kindText = try row.string("kind")
        let priorityText = try row.string("priority")
        guard let kind = CaseKind(rawValue: kindText), let priority = CasePriority(rawValue: priorityText) else {
            throw OasisError(
                kind: .internal, code: "store_row_shape", message: "Case row holds an unknown kind \(kindText) or priority \(priorityText).")
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
            attachments: try Self.list([CaseAttachment].self, try row.string("attachments"), column: "attachments"),
            workflow: try JSONColumn.value(CaseWorkflow.self, try row.string("workflow"), column: "workflow"),
            registeredAt: try row.date("registered_at"),
            dispatchedAt: row["dispatched_at"].date, closedAt: row["closed_at"].date,
            deadlines: try row.optionalString("deadlines").map { try JSONColumn.value(CaseDeadlines.self, $0, column: "deadlines") },
            supervised: try row.bool("supervised"),
            summonedUnits: try Self.list([String].self, try row.string("summoned_units"), column: "summoned_units"),
            externalID: row.optionalString("external_id"), source: try row.string("source"), token: row.optionalString("token"),
            grid: row.optionalString("grid_code")
        )
    }
}
