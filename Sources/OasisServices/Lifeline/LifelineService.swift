import Foundation
import OasisCore
import OasisImport
import OasisStore

/// The lifeline module as a service: the registry's imports (GeoJSON assets, CSV sensors), ingest of reading
/// batches with the rules run over them, and the alerts' lifecycle (a dispatch files a case of the hotline loop for
/// the asset's owner unit) and escalation. The API and the CLI use it.
///
/// Permissions: reading the registry needs `read_layers`, writing it and sending readings `write_layers` (analysts'
/// and gateways' tokens); reading alerts needs `read_cases`, stepping them `dispatch_cases` (the duty officers).
public struct LifelineService: Sendable {
    public let store: Store
    public let cases: CaseService
    /// The most readings one batch may carry (a larger one gets 413).
    public let maximumBatch: Int
    /// How far ahead of the server's clock a reading may lie (a gateway's clock runs a little fast).
    public let futureTolerance: TimeInterval
    let state = LifelineRuleState()
    let gate = AsyncLock()

    /// The readings taken in and not yet committed; a batch that would pass its limit gets 503 with Retry-After.
    public let backlog: IngestBacklog
    /// The live stream: every alert change this server makes, announced once committed.
    public let events: LifelineEventHub

    /// Batches that wait for the writer together are stored in one transaction (`GroupCommitQueue`), up to this many
    /// readings in all: each is still answered only once it is durable, and with its own summary. Batches of at most
    /// `expressBatch` readings (a gateway that sends what it has as it comes) are stored ahead of larger ones, so that a
    /// reading crossing a threshold is not held behind the bulk queued before it.
    public var maximumGroup: Int { queue.maximumWeight }
    public var expressBatch: Int? { queue.expressWeight }
    let queue: GroupCommitQueue<LifelineReadingBatch, LifelineIngestSummary>

    public init(
        store: Store, cases: CaseService, maximumBatch: Int = 100_000, maximumGroup: Int = 20_000, expressBatch: Int = 1_000,
        futureTolerance: TimeInterval = 300, maximumBacklog: Int = 400_000, events: LifelineEventHub = LifelineEventHub()
    ) {
        self.store = store
        self.cases = cases
        self.maximumBatch = maximumBatch
        self.backlog = IngestBacklog(limit: maximumBacklog)
        self.futureTolerance = futureTolerance
        self.events = events
        let state = self.state
        let gate = self.gate
        queue = GroupCommitQueue(
            maximumWeight: maximumGroup, expressWeight: expressBatch,
            timeout: store.location.groupCommitTimeout,
            executor: store.database.writeExecutor
        ) { batches in
            try await gate.withLock {
                let draft = LifelineRuleDraft(base: try await state.current(store))
                let summaries = try await store.lifeline.ingest(batches) { _, inserted in draft.evaluate(inserted) }
                state.commit(draft.trackers)
                await Self.announce(summaries.flatMap(\.touched), store: store, events: events)
                return summaries
            }
        }
    }

    // MARK: - Registry

    /// Imports assets from a GeoJSON FeatureCollection (all or nothing; audited per asset).
    public func importAssets(
        geoJSON bytes: [UInt8], coordinateSystem: CoordinateSystem? = nil, defaultRegion: String? = nil, by principal: Principal
    ) async throws -> LifelineImportSummary {
        let access = try principal.access(for: .writeLayers)
        let read = try LifelineAssetGeoJSONReader(coordinateSystem: coordinateSystem, defaultRegion: defaultRegion).read(bytes)
        let summary = try await store.lifeline.saveAssets(read.assets, labels: read.labels, by: access)
        state.reset()
        return summary
    }

    /// Imports sensors from CSV or XLSX (`code,quantity,unit,asset,rules` or their Chinese names; all or nothing;
    /// audited per sensor). `fileName` tells a workbook by its `.xlsx` name (its ZIP signature does too).
    public func importSensors(_ bytes: [UInt8], fileName: String = "sensors.csv", by principal: Principal) async throws -> LifelineImportSummary {
        let access = try principal.access(for: .writeLayers)
        let read = try LifelineSensorTableReader().read(bytes, fileName: fileName)
        let summary = try await store.lifeline.saveSensors(read.sensors, labels: read.labels, by: access)
        state.reset()
        return summary
    }

    /// Saves sensors given as values (the JSON API); each problem names `[index].field`.
    public func saveSensors(_ sensors: [LifelineSensor], by principal: Principal) async throws -> LifelineImportSummary {
        let summary = try await store.lifeline.saveSensors(sensors, by: try principal.access(for: .writeLayers))
        state.reset()
        return summary
    }

    // MARK: - Ingest

    /// Stores a batch of readings and runs the rules over the new ones, in one transaction (shared with the batches
    /// that wait for the writer with it, `maximumGroup`), and answers once it is durable: 413 over
    /// `maximumBatch`; 400 naming each bad reading (`locate` gives its place: `readings[3]`, line 4) for an
    /// unknown sensor, a non-finite value or a time more than `futureTolerance` ahead, and then nothing is
    /// written. A repeated (sensor, time) is ignored; late and out-of-order readings are stored and rolled up (the
    /// rules judge only readings newer than the last they saw). Groups are written one at a time; while more than the
    /// backlog's limit of readings wait, a new batch is refused with 503 and Retry-After (never silently dropped).
    public func ingest(
        _ readings: [SensorReading], by principal: Principal,
        locate: @Sendable (Int) -> OasisError.Detail = { OasisError.Detail(field: "readings[\($0)]", reason: "") }
    ) async throws -> LifelineIngestSummary {
        let access = try principal.access(for: .writeLayers)
        guard readings.count <= maximumBatch else {
            throw OasisError(
                kind: .tooLarge, code: "lifeline_batch_too_large",
                message: "The batch holds \(readings.count) readings; the limit is \(maximumBatch). Send it in smaller batches.")
        }
        guard backlog.reserve(readings.count) else {
            throw OasisError(
                kind: .unavailable, code: "lifeline_ingest_busy",
                message: "The server holds \(backlog.current) readings not yet stored (limit \(backlog.limit)); send this batch again shortly.",
                retryAfterSeconds: 2)
        }
        defer { backlog.release(readings.count) }
        let loaded = try await state.current(store)
        let latest = store.clock.now().addingTimeInterval(futureTolerance)
        var rows: [LifelineReadingRow] = []
        rows.reserveCapacity(readings.count)
        var details: [OasisError.Detail] = []
        for (index, reading) in readings.enumerated() {
            func problem(_ field: String, _ reason: String) {
                guard details.count < 200 else { return }
                var detail = locate(index)
                detail.field = [detail.field, field].compactMap { $0 }.joined(separator: ".")
                detail.reason = reason
                details.append(detail)
            }
            let entry = loaded.sensors[reading.sensorID]
            if entry == nil { problem("sensor", "no sensor has the code \"\(reading.sensorID.prefix(60))\"") }
            if !reading.value.isFinite { problem("value", "the value must be a finite number") }
            if reading.time > latest {
                problem("time", "\(reading.time.formatted(.iso8601)) is more than \(Int(futureTolerance / 60)) minutes ahead of the server's clock")
            }
            if let entry, details.isEmpty {
                rows.append(
                    LifelineReadingRow(sensorID: entry.id, at: Int64((reading.time.timeIntervalSince1970 * 1000).rounded()), value: reading.value))
            }
        }
        guard details.isEmpty else {
            throw OasisError.invalid(
                code: "lifeline_readings_invalid", message: "\(details.count) reading(s) of the batch are not valid; nothing was stored.",
                details: details)
        }
        guard !rows.isEmpty else { return LifelineIngestSummary(received: 0, stored: 0, duplicates: 0, alertChanges: 0) }
        // Sorted here, on this request's task, while the writer stores the groups ahead of it.
        return try await queue.submit(LifelineReadingBatch(rows, by: access), weight: rows.count)
    }

    /// Announces the alerts rule changes touched on the live stream, each as it stands now. The changes are
    /// committed by then: a failure to read them back costs the stream its events, never the batch its answer.
    static func announce(_ touched: [LifelineAlertTouch], store: Store, events: LifelineEventHub) async {
        guard !touched.isEmpty, let alerts = try? await store.lifeline.alerts(ids: touched.map(\.alertID)) else { return }
        for touch in touched {
            guard let alert = alerts[touch.alertID] else { continue }
            events.publish(LifelineAlertEvent(event: LifelineAlertEvent.name(ofAction: touch.action), alert: alert, time: alert.updatedAt))
        }
    }

    /// Reads InfluxDB line protocol (`LineProtocolReader`: the `sensor` tag or the measurement names the sensor, the
    /// field `value` or the only field is the reading) and ingests it; problems name the line.
    public func ingest(lineProtocol text: Substring, precision: TimestampPrecision, by principal: Principal) async throws -> LifelineIngestSummary {
        _ = try principal.access(for: .writeLayers)
        let (readings, lines) = try LineProtocolReader(precision: precision, receivedAt: store.clock.now()).readNumbered(text)
        return try await ingest(readings, by: principal) { index in OasisError.Detail(line: index < lines.count ? lines[index] : nil, reason: "") }
    }

    // MARK: - Alerts

    /// Takes a duty officer's step on an alert (`dispatch_cases`); a dispatch files an emergency case of the
    /// category `lifeline_case_category` for the asset's owner unit, due in `lifeline_case_deadline_minutes`.
    public func step(_ step: LifelineAlertStep, alert id: Int64, by principal: Principal) async throws -> LifelineAlert {
        let access = try principal.access(for: .dispatchCases)
        var order: LifelineCaseOrder?
        if step == .dispatch {
            let settings = try await LifelineSettings.load(store)
            guard cases.leafCategories.contains(settings.caseCategory) else {
                throw OasisError.invalid(
                    code: "lifeline_case_category",
                    message: "The setting \(LifelineSettings.caseCategoryKey) names no leaf category of the taxonomy.",
                    details: [.init(field: LifelineSettings.caseCategoryKey, reason: "\"\(settings.caseCategory)\"")])
            }
            order = LifelineCaseOrder(category: settings.caseCategory, deadlineMinutes: settings.caseDeadlineMinutes) { alert, asset in
                MessageCatalogue.standard.text(
                    "lifeline_case_description", .zhHans, String(alert.id), asset.name, asset.code, alert.sensor,
                    MessageCatalogue.standard.text(MessageKey(alert.peakLevel.messageKey), .zhHans), alert.lastValue.map { String($0) } ?? "—")
            }
        }
        let after = try await store.lifeline.step(id, step, order: order, by: access)
        let time = [after.acknowledgedAt, after.dispatchedAt, after.resolvedAt, after.closedAt].compactMap { $0 }.max() ?? store.clock.now()
        events.publish(LifelineAlertEvent(event: step.statusAfter.rawValue, alert: after, time: time))
        return after
    }

    /// Escalates the open alerts nobody acknowledged in time (`lifeline_escalation_minutes` per tier).
    public func escalate() async throws -> [LifelineAlert] {
        let settings = try await LifelineSettings.load(store)
        let raised = try await store.lifeline.escalateOverdue(after: settings.escalationMinutes, now: store.clock.now())
        for alert in raised { events.publish(LifelineAlertEvent(event: "escalated", alert: alert, time: alert.escalatedAt ?? store.clock.now())) }
        return raised
    }

    // MARK: - Clock

    /// Runs the silence rules on the store's clock: a sensor with no reading for its rule's minutes gets its alert,
    /// opened at the moment the silence reached the limit (its last reading plus the minutes), once; its next reading
    /// clears it. Taken in turn with the batches, so that the rules' state stays one. Returns the changes written.
    @discardableResult
    public func tick() async throws -> [LifelineRuleChange] {
        let store = self.store
        let state = self.state
        return try await gate.withLock {
            let draft = LifelineRuleDraft(base: try await state.current(store))
            let changes = draft.tick(at: store.clock.now())
            guard !changes.isEmpty else { return [] }
            let touched = try await store.lifeline.applyRuleChanges(changes)
            state.commit(draft.trackers)
            await Self.announce(touched, store: store, events: events)
            return changes
        }
    }

    /// Deletes what is older than the retention settings (raw readings, then 1-minute and 1-hour rollups), in
    /// bounded chunks; audited as one system entry when anything went.
    @discardableResult
    public func prune() async throws -> LifelinePruneSummary {
        let settings = try await LifelineSettings.load(store)
        let now = store.clock.now()
        func before(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }
        return try await store.lifeline.prune(
            readingsBefore: before(settings.rawRetentionDays), minutesBefore: before(settings.minuteRetentionDays),
            hoursBefore: settings.hourRetentionDays.map(before))
    }
}
