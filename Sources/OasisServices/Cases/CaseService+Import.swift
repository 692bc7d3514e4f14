import Foundation
import OasisCore
import OasisImport
import OasisStore

extension CaseService {
    /// What a historical import did.
    public struct ImportOutcome: Codable, Sendable {
        public var rows: Int
        public var written: Int
        public var skipped: Int
        public var rejected: Int
        public var problems: [OasisError.Detail]
        public var seconds: Double
    }

    /// Imports historical cases from a CSV file or an XLSX workbook (its first sheet), through a column mapping or, without
    /// one, the case template's (`CaseImportMapping.template`). A workbook's problems name its rows and columns.
    public func importHistorical(
        file bytes: [UInt8], mapping: CaseImportMapping?, fileName: String, acceptValid: Bool, by principal: Principal
    ) async throws -> ImportOutcome {
        let mapping = mapping ?? CaseImportMapping.template(taxonomy: taxonomy)
        guard TabularData.isXLSX(bytes, fileName: fileName) else {
            return try await importHistorical(csv: bytes, mapping: mapping, fileName: fileName, acceptValid: acceptValid, by: principal)
        }
        let (csv, placeAtLine) = try TabularData(xlsx: bytes).csv()
        func rows(_ details: [OasisError.Detail]) -> [OasisError.Detail] {
            details.map { detail in
                var moved = detail
                if let line = detail.line {
                    moved.line = nil
                    moved.row = placeAtLine[line]
                }
                return moved
            }
        }
        do {
            var outcome = try await importHistorical(csv: csv, mapping: mapping, fileName: fileName, acceptValid: acceptValid, by: principal)
            outcome.problems = rows(outcome.problems)
            return outcome
        } catch var error as OasisError {
            error.details = rows(error.details)
            throw error
        }
    }

    /// Imports historical cases from CSV through a column mapping, streaming the file in batches. With problems
    /// and no `acceptValid`, nothing is written and every problem is thrown.
    public func importHistorical(
        csv bytes: [UInt8], mapping: CaseImportMapping, fileName: String, acceptValid: Bool, batchSize: Int = 20_000,
        by principal: Principal
    ) async throws -> ImportOutcome {
        let access = try principal.access(for: .dispatchCases)
        let start = ContinuousClock.now
        let reader = try CaseImportReader(mapping: mapping, taxonomy: taxonomy)
        let policy = deadlinePolicy
        let calendars = try await self.calendars.current(store)
        // Rows with a location but no region get it from the stored areas, looked up in memory.
        let locator = try await store.regionAreas.locator()
        // And every row with a location gets the grid whose area holds it, as a case does at intake.
        let gridLocator = try await grids.current(store)
        let (batches, continuation) = AsyncThrowingStream<CaseImportBatch, any Error>.makeStream(bufferingPolicy: .unbounded)
        // The file is read on its own thread while the store writes the batches already read; a file with
        // problems ends the stream with them, and the one transaction is rolled back. Each batch is made ready
        // for the store (JSON columns, rollup sums) on this thread, which leaves the writer less to do.
        let reading = Task.detached { () -> CaseImportSummary in
            var current: [HotlineCase] = []
            do {
                let summary = try reader.read(csv: bytes) { rows throws(OasisError) in
                    for var row in rows {
                        if row.region == nil, !locator.isEmpty, let latitude = row.latitude, let longitude = row.longitude {
                            row.region = locator.locate(GeoPoint(longitude: longitude, latitude: latitude))
                        }
                        var item = Self.historicalCase(row, source: mapping.name, policy: policy, calendar: calendars.calendar(forRegion: row.region))
                        if item.grid == nil, let location = item.location { item.grid = gridLocator.locate(location) }
                        current.append(item)
                        if current.count >= batchSize {
                            continuation.yield(CaseImportBatch(current))
                            current = []
                        }
                    }
                }
                if summary.problemCount > 0 && !acceptValid {
                    let error = OasisError.invalid(
                        code: "case_file_invalid",
                        message:
                            "\(fileName): \(summary.problemCount) problem(s) in \(summary.rejectedCount) of \(summary.rowCount) rows; nothing was imported.",
                        details: summary.problems)
                    continuation.finish(throwing: error)
                    throw error
                }
                if !current.isEmpty { continuation.yield(CaseImportBatch(current)) }
                continuation.finish()
                return summary
            } catch {
                continuation.finish(throwing: error)
                throw error
            }
        }
        let result: (written: Int, seen: Int)
        do {
            result = try await store.cases.importHistorical(batches, fileName: fileName, by: access)
        } catch {
            reading.cancel()
            throw (try? await reading.value).map { _ in error } ?? error
        }
        let summary = try await reading.value
        let written = result.written
        return ImportOutcome(
            rows: summary.rowCount, written: written, skipped: summary.acceptedCount - written, rejected: summary.rejectedCount,
            problems: summary.problems, seconds: Self.seconds(ContinuousClock.now - start))
    }

    /// A historical row as a case: dispatched when it was created (its deadline computed by Oasis's rules),
    /// closed when the source says so.
    public static func historicalCase(_ row: CaseImportRow, source: String, policy: DeadlinePolicy, calendar: WorkingCalendar) -> HotlineCase {
        var workflow = CaseWorkflow()
        workflow.status = row.status
        workflow.closure = row.closure ?? (row.status.open311 == "closed" && row.status != .cancelled ? .resolved : nil)
        // The source's follow-up call counts as the case's visit; the status stays the one the source gives.
        if let visit = row.followUp { workflow.record(visit) }
        let unit = row.unit ?? "imported"
        if row.status != .registered && row.status != .cancelled {
            workflow.unit = row.status.open311 == "open" ? unit : nil
            workflow.lastHandlingUnit = unit
        }
        let dispatched = row.status == .registered || row.status == .cancelled ? nil : row.createdAt
        let location = row.latitude.flatMap { lat in row.longitude.map { GeoPoint(longitude: $0, latitude: lat) } }
        return HotlineCase(
            kind: .request, requestType: row.requestType, category: row.category, channel: row.channel ?? "import",
            description: row.description ?? "",
            location: location, address: row.address, region: row.region, workflow: workflow, registeredAt: row.createdAt,
            dispatchedAt: dispatched, closedAt: row.status == .cancelled ? nil : row.closedAt,
            deadlines: dispatched.map {
                policy.deadlines(category: row.category, priority: .normal, dispatchedAt: $0, calendar: calendar).wholeSeconds
            },
            externalID: row.externalID, source: source)
    }

    public static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
