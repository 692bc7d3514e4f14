import Crypto
import Foundation
import Logging
import OasisCore

/// The append-only, hash-chained audit log. Every write of Oasis appends here in the same transaction.
public struct AuditLog: Sendable {
    /// The hash before the first event.
    public static let genesisHash = String(repeating: "0", count: 64)
    /// The settings key holding `seq:hash` of the chain's last event.
    static let headKey = "audit_head"

    let database: any SQLDatabase
    let clock: any OasisClock
    /// Where the head goes after each committed write, outside the database.
    public let anchor: AuditAnchor

    public init(database: any SQLDatabase, clock: any OasisClock, anchor: AuditAnchor = AuditAnchor(path: nil, logger: Logger(label: "oasis.audit")))
    {
        self.database = database
        self.clock = clock
        self.anchor = anchor
    }

    /// Appends a change inside an open transaction and returns the chained event.
    @discardableResult
    public func append(_ change: AuditChange, by access: StoreAccess, on tx: any SQLExecutor) async throws -> AuditEvent {
        try await append([change], by: access, on: tx)[0]
    }

    /// Appends changes, in order, inside an open transaction: one lock, one read of the chain's end, multi-row
    /// inserts, one head update — so that bulk work (a ledger refresh) audits every change cheaply.
    @discardableResult
    public func append(_ changes: [AuditChange], by access: StoreAccess, on tx: any SQLExecutor) async throws -> [AuditEvent] {
        guard !changes.isEmpty else { return [] }
        if let lock = tx.dialect.serialiseChainStatement(key: 7_002) { _ = try await tx.query(lock, []) }
        let last = try await tx.first("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
        var seq = last?.optionalInt("seq") ?? 0
        var previousHash = last?.optionalString("hash") ?? Self.genesisHash
        // Whole milliseconds, as stored.
        let at = clock.now().wholeMilliseconds
        var events: [AuditEvent] = []
        events.reserveCapacity(changes.count)
        for change in changes {
            seq += 1
            var event = AuditEvent(
                seq: seq, at: at, actorID: access.userID, actorName: access.username, action: change.action,
                entityType: change.entityType, entityID: change.entityID, regionCode: change.regionCode,
                beforeJSON: change.beforeJSON, afterJSON: change.afterJSON, previousHash: previousHash, hash: ""
            )
            event.hash = Self.hash(of: event)
            previousHash = event.hash
            events.append(event)
        }
        for start in stride(from: 0, to: events.count, by: 400) {
            let chunk = events[start..<min(start + 400, events.count)]
            let rows = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
            var binds: [SQLValue] = []
            binds.reserveCapacity(chunk.count * 12)
            for event in chunk {
                binds += [
                    .int(event.seq), SQLValue(event.at), SQLValue(event.actorID), .text(event.actorName), .text(event.action),
                    .text(event.entityType), .text(event.entityID), SQLValue(event.regionCode), SQLValue(event.beforeJSON),
                    SQLValue(event.afterJSON), .text(event.previousHash), .text(event.hash),
                ]
            }
            try await tx.execute(
                """
                INSERT INTO audit_events (seq, at, actor_id, actor_name, action, entity_type, entity_id, region_code,
                    before_json, after_json, prev_hash, hash) VALUES \(rows)
                """, binds)
        }
        try await SettingsRepository(database: database).set(Self.headKey, "\(seq):\(previousHash)", on: tx)
        let anchor = self.anchor
        let head = AuditHead(seq: seq, hash: previousHash)
        tx.afterCommit { anchor.advance(to: head) }
        return events
    }

    /// The SHA-256 of an event's content and its predecessor's hash, hex-encoded.
    public static func hash(of event: AuditEvent) -> String {
        let fields: [String] = [
            String(event.seq), String(Int64((event.at.timeIntervalSince1970 * 1000).rounded())),
            event.actorID.map(String.init) ?? "", event.actorName, event.action, event.entityType, event.entityID,
            event.regionCode ?? "", event.beforeJSON ?? "", event.afterJSON ?? "", event.previousHash,
        ]
        // Unit separator between fields; lengths first so that no field can borrow from its neighbour.
        var canonical: [UInt8] = []
        canonical.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count + 8 })
        for (index, field) in fields.enumerated() {
            if index > 0 { canonical.append(0x1F) }
            canonical.append(contentsOf: String(field.utf8.count).utf8)
            canonical.append(UInt8(ascii: ":"))
            canonical.append(contentsOf: field.utf8)
        }
        let digest = SHA256.hash(data: canonical)
        return Hex.encode(digest)
    }

    /// Events visible to the access, newest first. An access scoped to regions sees the events of
    /// those regions only.
    public func recent(limit: Int = 100, for access: StoreAccess) async throws -> [AuditEvent] {
        let filter = ScopeFilter(access: access, column: "region_code")
        let rows = try await database.query(
            "SELECT * FROM audit_events WHERE \(filter.sql) ORDER BY seq DESC LIMIT ?",
            filter.binds + [.int(Int64(limit))]
        )
        return try rows.map(Self.event(from:))
    }

    /// Events about one record, oldest first.
    public func history(entityType: String, entityID: String, for access: StoreAccess) async throws -> [AuditEvent] {
        let filter = ScopeFilter(access: access, column: "region_code")
        let rows = try await database.query(
            "SELECT * FROM audit_events WHERE entity_type = ? AND entity_id = ? AND \(filter.sql) ORDER BY seq",
            [.text(entityType), .text(entityID)] + filter.binds
        )
        return try rows.map(Self.event(from:))
    }

    /// Checks the whole chain: numbering, each hash, each link, the head recorded in the database, and the
    /// anchor kept outside it (the table must reach the anchored event, with the anchored hash).
    public func verify() async throws -> AuditVerification {
        var problems: [String] = []
        let anchored: AuditHead?
        do {
            anchored = try anchor.read()
        } catch let error as StoreError {
            anchored = nil
            problems.append("the audit anchor cannot be used: \(error.message)")
        }
        var anchoredHashInTable: String?
        var expectedSeq: Int64 = 1
        var previous = Self.genesisHash
        var count = 0
        let pageSize: Int64 = 5_000
        var after: Int64 = 0
        while true {
            let rows = try await database.query(
                "SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?", [.int(after), .int(pageSize)]
            )
            if rows.isEmpty { break }
            for row in rows {
                let event = try Self.event(from: row)
                count += 1
                if event.seq != expectedSeq {
                    problems.append("event \(expectedSeq) is missing (next present is \(event.seq)): removed or renumbered")
                }
                if event.previousHash != previous {
                    problems.append("event \(event.seq) does not link to the event before it: events were removed, inserted or reordered")
                }
                if Self.hash(of: event) != event.hash {
                    problems.append("event \(event.seq) (\(event.action) \(event.entityType) \(event.entityID)) was changed after it was written")
                }
                if event.seq == anchored?.seq { anchoredHashInTable = event.hash }
                previous = event.hash
                expectedSeq = event.seq + 1
                after = event.seq
            }
        }
        let head = try await SettingsRepository(database: database).get(Self.headKey)
        let actualHead = count == 0 ? nil : "\(expectedSeq - 1):\(previous)"
        if head != actualHead {
            problems.append(
                "the recorded head of the chain (\(head ?? "none")) differs from the last event (\(actualHead ?? "none")): events at the end were removed or added outside Oasis"
            )
        }
        let lastSeq = count == 0 ? 0 : expectedSeq - 1
        if let anchored {
            problems += Self.anchorProblems(anchored, lastSeq: lastSeq, hashInTable: anchoredHashInTable, anchorPath: anchor.path)
        }
        return AuditVerification(
            eventCount: count, headHash: count == 0 ? Self.genesisHash : previous, problems: problems,
            lastSeq: lastSeq, anchor: anchored, anchorPath: anchor.path)
    }

    /// What the anchor says about the table: events missing at the end, or the anchored event rewritten.
    static func anchorProblems(_ anchored: AuditHead, lastSeq: Int64, hashInTable: String?, anchorPath: String?) -> [String] {
        let place = anchorPath.map { "the anchor file \($0)" } ?? "the anchor"
        if lastSeq < anchored.seq {
            return [
                "the chain was truncated: \(place) records event \(anchored.seq) but the table ends at event \(lastSeq), so \(anchored.seq - lastSeq) event(s) at the end are missing (removed together with the recorded head)"
            ]
        }
        if let hashInTable, hashInTable != anchored.hash {
            return ["event \(anchored.seq) differs from the hash recorded in \(place) (\(anchored.hash)): the chain was rewritten from there"]
        }
        if hashInTable == nil {
            return ["event \(anchored.seq), recorded in \(place), is missing from the table"]
        }
        return []
    }

    static func event(from row: SQLRow) throws -> AuditEvent {
        AuditEvent(
            seq: try row.int("seq"), at: try row.date("at"), actorID: row.optionalInt("actor_id"),
            actorName: try row.string("actor_name"), action: try row.string("action"),
            entityType: try row.string("entity_type"), entityID: try row.string("entity_id"),
            regionCode: row.optionalString("region_code"), beforeJSON: row.optionalString("before_json"),
            afterJSON: row.optionalString("after_json"), previousHash: try row.string("prev_hash"), hash: try row.string("hash")
        )
    }
}
