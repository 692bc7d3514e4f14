import Foundation
import OasisCore

/// Reads historical cases from CSV through a `CaseImportMapping`. The file is parsed in chunks of about
/// `chunkBytes`, split at line breaks outside quoted fields, and each chunk's accepted rows are handed to the
/// caller before the next is parsed, so records never pile up in memory. Every row-level problem is recorded
/// with its line and column name (bad or missing date, closed before created, latitude out of range, unmapped
/// category when the policy is refuse, repeated external id …); a row with any problem is not handed on. A
/// file that is not CSV (a stray quote, neither UTF-8 nor GB18030) or lacks a mapped column stops the read with an error.
public struct CaseImportReader: Sendable {
    public let mapping: CaseImportMapping
    public let taxonomy: CaseTaxonomy
    public var delimiter: UInt8
    public var chunkBytes: Int
    /// Problems kept in the summary (all are counted).
    public var maximumProblems: Int

    let patterns: (created: CaseImportTimePattern, closed: CaseImportTimePattern?)
    let category: CaseImportValueMap.Compiled
    let requestType: CaseImportValueMap.Compiled?
    let status: CaseImportValueMap.Compiled?
    let channel: CaseImportValueMap.Compiled?
    /// The follow-up maps, by JSON path.
    let followUp: [String: CaseImportValueMap.Compiled]
    /// The status map's values already read as statuses (they repeat on every row).
    let statuses: [String: (CaseStatus, CaseClosure?)]

    /// Prepares a reader; the mapping is checked against the taxonomy first.
    public init(
        mapping: CaseImportMapping, taxonomy: CaseTaxonomy = .builtIn, delimiter: UInt8 = UInt8(ascii: ","),
        chunkBytes: Int = 1 << 20, maximumProblems: Int = 10_000
    ) throws(OasisError) {
        let problems = mapping.problems(taxonomy: taxonomy)
        guard problems.isEmpty else {
            throw OasisError.invalid(
                code: "case_mapping_inconsistent", message: "The column-mapping file has \(problems.count) problem(s).", details: problems)
        }
        self.mapping = mapping
        self.taxonomy = taxonomy
        self.delimiter = delimiter
        self.chunkBytes = max(chunkBytes, 1024)
        self.maximumProblems = maximumProblems
        guard case .success(let created) = CaseImportTimePattern.compile(mapping.createdAt) else {
            throw OasisError.invalid(code: "case_mapping_inconsistent", message: "The created-time pattern is not usable.")
        }
        var closed: CaseImportTimePattern?
        if let closedAt = mapping.closedAt, case .success(let pattern) = CaseImportTimePattern.compile(closedAt) { closed = pattern }
        patterns = (created, closed)
        category = mapping.category.compiled()
        requestType = mapping.requestType?.compiled()
        status = mapping.status?.compiled()
        channel = mapping.channel?.compiled()
        followUp = Dictionary(uniqueKeysWithValues: (mapping.followUp?.maps ?? []).map { ($0.path, $0.map.compiled()) })
        var statuses: [String: (CaseStatus, CaseClosure?)] = [:]
        if let status = mapping.status {
            for value in Array(status.values.values) + (status.default.map { [$0] } ?? []) { statuses[value] = CaseImportMapping.statusValue(value) }
        }
        self.statuses = statuses
    }

    /// Reads every row into memory (convenient for small files and tests).
    public func readAll(csv bytes: [UInt8]) throws(OasisError) -> CaseImportResult {
        var rows: [CaseImportRow] = []
        let summary = try read(csv: bytes) { (batch: [CaseImportRow]) throws(OasisError) in rows += batch }
        return CaseImportResult(rows: rows, summary: summary)
    }

    /// Reads the file chunk by chunk, handing each chunk's accepted rows to `batch` (which may write them and
    /// may throw to stop the read).
    /// The file may be UTF-8 or GB18030 (see `CSVTextEncoding`; GB18030 is converted to UTF-8 first).
    public func read(csv file: [UInt8], batch: ([CaseImportRow]) throws(OasisError) -> Void) throws(OasisError) -> CaseImportSummary {
        let bytes = try CSVTextEncoding.utf8Bytes(file).bytes
        let start = CSVParser.byteOrderMarkLength(bytes)
        let parser = CSVParser(delimiter: delimiter)
        let headerEnd = Self.boundary(bytes, from: start, target: start)
        guard let headerRecord = try parser.records(bytes, from: start, to: headerEnd, firstLine: 1).first else {
            throw OasisError.invalid(code: "csv_empty", message: "The CSV file is empty: it needs a header line.")
        }
        let columns = try resolveColumns(headerRecord.fields.map { $0.trimmingASCIIWhitespace() })
        var state = State(maximumProblems: maximumProblems)
        var from = headerEnd
        var line = 1 + CSVParser.lineBreaks(bytes, from: start, to: headerEnd)
        while from < bytes.count {
            let to = Self.boundary(bytes, from: from, target: from + chunkBytes)
            var rows: [CaseImportRow] = []
            try parser.scan(bytes, from: from, to: to, firstLine: line) { (recordLine: Int, fields: CSVFields) throws(OasisError) in
                if let row = validate(recordLine, fields, columns, &state) { rows.append(row) }
            }
            if from == headerEnd, to < bytes.count {
                // The first chunk tells how many rows the file holds, roughly: room for their external ids.
                state.seen.reserveCapacity(Int(Double(state.summary.rowCount) * Double(bytes.count - headerEnd) / Double(to - headerEnd) * 1.1))
            }
            if !rows.isEmpty { try batch(rows) }
            line += CSVParser.lineBreaks(bytes, from: from, to: to)
            from = to
        }
        return state.summary
    }

    /// Where the chunk that starts at `from` should end: just after the first line feed at or after `target`
    /// that lies outside quotes (quote parity counted from `from`, a record boundary); the end when none.
    static func boundary(_ bytes: [UInt8], from start: Int, target: Int) -> Int {
        guard target < bytes.count else { return bytes.count }
        let quote = UInt8(ascii: "\"")
        let lf = UInt8(ascii: "\n")
        var quotes = 0
        var index = start
        while index < target {
            if bytes[index] == quote { quotes += 1 }
            index += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                quotes += 1
            } else if byte == lf, quotes % 2 == 0 {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// Column positions of the mapped fields.
    struct Columns: Sendable {
        var names: [String]
        var externalID = 0, created = 0, category = 0
        var closed: Int?, requestType: Int?, status: Int?, channel: Int?
        var description: Int?, address: Int?, latitude: Int?, longitude: Int?, region: Int?, unit: Int?
        /// The follow-up columns, by JSON path.
        var followUp: [String: Int] = [:]
    }

    func resolveColumns(_ header: [String]) throws(OasisError) -> Columns {
        var missing: [OasisError.Detail] = []
        func find(_ name: String, _ path: String) -> Int {
            if let exact = header.firstIndex(of: name) { return exact }
            let wanted = name.trimmingASCIIWhitespace().lowercased()
            if let loose = header.firstIndex(where: { $0.lowercased() == wanted }) { return loose }
            missing.append(.init(field: path, line: 1, column: name, reason: "the mapping's \(path) names a column the header does not have"))
            return 0
        }
        var columns = Columns(names: header)
        columns.externalID = find(mapping.externalID, "externalId")
        columns.created = find(mapping.createdAt.column, "createdAt.column")
        columns.category = find(mapping.category.column, "category.column")
        columns.closed = mapping.closedAt.map { find($0.column, "closedAt.column") }
        columns.requestType = mapping.requestType.map { find($0.column, "requestType.column") }
        columns.status = mapping.status.map { find($0.column, "status.column") }
        columns.channel = mapping.channel.map { find($0.column, "channel.column") }
        columns.description = mapping.description.map { find($0, "description") }
        columns.address = mapping.address.map { find($0, "address") }
        columns.latitude = mapping.latitude.map { find($0, "latitude") }
        columns.longitude = mapping.longitude.map { find($0, "longitude") }
        columns.region = mapping.region.map { find($0, "region") }
        columns.unit = mapping.unit.map { find($0, "unit") }
        for (path, map, _) in mapping.followUp?.maps ?? [] { columns.followUp[path] = find(map.column, "\(path).column") }
        guard missing.isEmpty else {
            throw OasisError.invalid(
                code: "case_import_columns_missing", message: "The CSV file lacks \(missing.count) column(s) that the mapping names.",
                details: missing)
        }
        return columns
    }

    struct State: Sendable {
        var summary = CaseImportSummary()
        var seen: [String: Int] = [:]
        var offsets: [Int: Int] = [:]
        let maximumProblems: Int

        init(maximumProblems: Int) { self.maximumProblems = maximumProblems }

        mutating func problem(_ line: Int, _ column: String?, _ reason: String) {
            summary.problemCount += 1
            if summary.problems.count < maximumProblems { summary.problems.append(.init(line: line, column: column, reason: reason)) }
        }

        mutating func defaulted(_ field: String, _ value: String) {
            summary.defaulted[field, default: [:]][value, default: 0] += 1
        }
    }

    /// The row a record makes, or nil (with its problems recorded).
    func validate(_ line: Int, _ fields: CSVFields, _ columns: Columns, _ state: inout State) -> CaseImportRow? {
        state.summary.rowCount += 1
        guard fields.count == columns.names.count else {
            state.problem(line, nil, "has \(fields.count) fields; the header has \(columns.names.count)")
            state.summary.rejectedCount += 1
            return nil
        }
        let before = state.summary.problemCount
        func text(_ index: Int?) -> String? { index.flatMap(fields.trimmed) }
        func name(_ index: Int) -> String { columns.names[index] }

        let externalID = text(columns.externalID)
        if let externalID {
            if let first = state.seen.updateValue(line, forKey: externalID) {
                state.seen[externalID] = first
                state.problem(line, name(columns.externalID), "external id \(externalID) repeats line \(first)")
            }
        } else {
            state.problem(line, name(columns.externalID), "the external id is empty")
        }

        var created: Double?
        // Times are read from the file's bytes in place; the text is made only for a message.
        switch fields.withTrimmedBytes(columns.created, { patterns.created.parse($0, offsets: &state.offsets) }) {
        case nil: state.problem(line, name(columns.created), "the created time is empty")
        case .some(nil):
            state.problem(
                line, name(columns.created), "\"\(text(columns.created) ?? "")\" is not a date-time in the pattern \(mapping.createdAt.format)")
        case .some(.some(let time)): created = time
        }
        var closed: Double?
        if let index = columns.closed, let pattern = patterns.closed,
            let parsed = fields.withTrimmedBytes(index, { pattern.parse($0, offsets: &state.offsets) })
        {
            closed = parsed
            if closed == nil {
                state.problem(line, name(index), "\"\(text(index) ?? "")\" is not a date-time in the pattern \(mapping.closedAt?.format ?? "")")
            } else if let createdTime = created, let closedTime = closed, closedTime < createdTime {
                switch mapping.closedBeforeCreated {
                case .refuse: state.problem(line, name(index), "closed at \(text(index) ?? ""), before it was created")
                case .clamp:
                    closed = createdTime
                    state.summary.clampedClosures += 1
                }
            }
        }

        let categoryCode = mapped(category, "category", columns.category, line, name, text, &state)
        let requestTypeCode = requestType.flatMap { map in columns.requestType.flatMap { mapped(map, "requestType", $0, line, name, text, &state) } }
        var caseStatus: CaseStatus = closed == nil ? .registered : .closed
        var closure: CaseClosure? = closed == nil ? nil : .resolved
        if let map = status, let index = columns.status, let value = mapped(map, "status", index, line, name, text, &state),
            let parsed = statuses[value] ?? CaseImportMapping.statusValue(value)
        {
            (caseStatus, closure) = parsed
        }
        let channelName = channel.flatMap { map in columns.channel.flatMap { mapped(map, "channel", $0, line, name, text, &state) } }

        let visit = followUpVisit(line, caseStatus, columns, name, text, &state)

        var latitude: Double?
        var longitude: Double?
        if let latIndex = columns.latitude, let lonIndex = columns.longitude {
            (latitude, longitude) = coordinates(text(latIndex), text(lonIndex), name(latIndex), name(lonIndex), line, &state)
        }

        guard state.summary.problemCount == before, let externalID, let created, let categoryCode else {
            state.summary.rejectedCount += 1
            return nil
        }
        state.summary.acceptedCount += 1
        state.summary.byCategory[categoryCode, default: 0] += 1
        if latitude != nil { state.summary.locatedCount += 1 }
        return CaseImportRow(
            line: line, externalID: externalID, createdAt: Date(timeIntervalSince1970: created),
            closedAt: closed.map(Date.init(timeIntervalSince1970:)),
            category: categoryCode, requestType: requestTypeCode, status: caseStatus, closure: closure, channel: channelName,
            description: text(columns.description), address: text(columns.address), latitude: latitude, longitude: longitude,
            region: text(columns.region), unit: text(columns.unit), followUp: visit
        )
    }

    /// The row's follow-up call through the follow-up maps, recording a problem for answers that do not fit
    /// together or a call on a case the source does not have closed.
    func followUpVisit(
        _ line: Int, _ status: CaseStatus, _ columns: Columns, _ name: (Int) -> String, _ text: (Int?) -> String?, _ state: inout State
    ) -> FollowUpVisit? {
        guard !followUp.isEmpty else { return nil }
        func value(_ path: String) -> String? {
            guard let map = followUp[path], let index = columns.followUp[path] else { return nil }
            return mapped(map, path, index, line, name, text, &state)
        }
        let (visit, problem) = CaseImportFollowUpMapping.visit(
            reached: value("followUp.reached"), responded: value("followUp.responded"), resolved: value("followUp.resolved"),
            satisfaction: value("followUp.satisfaction"))
        if let (path, reason) = problem {
            state.problem(line, columns.followUp[path].map(name), reason)
            return nil
        }
        if visit != nil, ![.closed, .followedUp, .evaluated].contains(status) {
            state.problem(line, columns.followUp["followUp.reached"].map(name), "a follow-up call on a case that is \(status.rawValue), not closed")
            return nil
        }
        return visit
    }

    /// A value through its map, recording a refusal or a default.
    func mapped(
        _ map: CaseImportValueMap.Compiled, _ field: String, _ index: Int, _ line: Int, _ name: (Int) -> String,
        _ text: (Int?) -> String?, _ state: inout State
    ) -> String? {
        let source = text(index) ?? ""
        switch map.lookup(source) {
        case .mapped(let value), .kept(let value):
            return value.isEmpty ? nil : value
        case .defaulted(let value):
            state.defaulted(field, source)
            return value
        case .refused:
            state.problem(
                line, name(index),
                source.isEmpty
                    ? "the \(field) is empty and the mapping has no default"
                    : "\(field) value \"\(source)\" is not in the mapping's value map")
            return nil
        }
    }

    /// Both coordinates or neither; numbers in range; converted to WGS-84 when the mapping says GCJ-02.
    func coordinates(
        _ latText: String?, _ lonText: String?, _ latName: String, _ lonName: String, _ line: Int,
        _ state: inout State
    ) -> (Double?, Double?) {
        switch (latText, lonText) {
        case (nil, nil):
            return (nil, nil)
        case (.some, nil):
            state.problem(line, lonName, "latitude given without longitude")
            return (nil, nil)
        case (nil, .some):
            state.problem(line, latName, "longitude given without latitude")
            return (nil, nil)
        case (.some(let latText), .some(let lonText)):
            let before = state.summary.problemCount
            let latitude = DecimalText.number(latText)
            let longitude = DecimalText.number(lonText)
            if let latitude {
                if !(-90...90).contains(latitude) { state.problem(line, latName, "latitude \(latText) is out of range (−90 to 90)") }
            } else {
                state.problem(line, latName, "\"\(latText)\" is not a number")
            }
            if let longitude {
                if !(-180...180).contains(longitude) { state.problem(line, lonName, "longitude \(lonText) is out of range (−180 to 180)") }
            } else {
                state.problem(line, lonName, "\"\(lonText)\" is not a number")
            }
            guard state.summary.problemCount == before, let latitude, let longitude else { return (nil, nil) }
            let point = mapping.coordinateSystem.toWGS84(GeoPoint(longitude: longitude, latitude: latitude))
            return (point.latitude, point.longitude)
        }
    }
}
