import Foundation
import OasisCore

/// Reads indicator values in long or wide layout and validates every row at once: unknown region or
/// indicator, unit mismatch, non-numeric value, percentage outside 0–100, negative count, period that is
/// malformed or in the future, and conflicting duplicates. Identical duplicates are kept once.
public struct IndicatorValueReader: Sendable {
    public let context: ValueImportContext
    /// Indicators by code, and a small number for each region and indicator for duplicate detection.
    let indicators: [String: IndicatorDefinition]
    let indicatorNumbers: [String: Int]
    let regionNumbers: [String: Int]

    public init(context: ValueImportContext) {
        self.context = context
        // An indicator is named by its code or by its Chinese name (a label, as the framework and the pages write it).
        let chineseNames = context.framework.indicators.compactMap { definition in definition.names[.zhHans].map { ($0, definition) } }
        indicators = Dictionary(
            context.framework.indicators.map { ($0.code, $0) } + chineseNames, uniquingKeysWith: { first, _ in first })
        indicatorNumbers = Dictionary(
            context.framework.indicators.map(\.code).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        regionNumbers = Dictionary(context.regionCodes.sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Units that count things and cannot be negative.
    static let countUnits: Set<String> = ["栋", "套", "个", "处", "辆", "人"]

    public func read(_ table: TabularData) throws(OasisError) -> ParsedValues {
        if table.column("indicator") != nil && table.column("value") != nil {
            return try readLong(table)
        }
        return try readWide(table)
    }

    /// Parses CSV bytes and reads them.
    public func read(csv bytes: [UInt8]) throws(OasisError) -> ParsedValues {
        try read(TabularData(csv: CSVParser().parse(bytes)))
    }

    func readLong(_ table: TabularData) throws(OasisError) -> ParsedValues {
        let missing = ["region", "indicator", "period", "value"].filter { table.column($0) == nil }
        guard missing.isEmpty else { throw Self.missingColumns(missing, table) }
        let region = table.column("region")!
        let indicator = table.column("indicator")!
        let period = table.column("period")!
        let value = table.column("value")!
        let source = table.column("source")
        let unit = table.column("unit")
        let columns = LongColumns(region: region, indicator: indicator, period: period, value: value, source: source, unit: unit)
        var state: State
        if table.records.count >= 200_000 {
            // Large files validate their two halves at once; the halves merge before duplicates are checked.
            let middle = table.records.count / 2
            let halves = ParallelPair.run(
                { () throws(OasisError) in self.validateLong(table, columns, table.records[..<middle]) },
                { () throws(OasisError) in self.validateLong(table, columns, table.records[middle...]) }
            )
            state = try halves.0.get()
            state.merge(try halves.1.get())
        } else {
            state = validateLong(table, columns, table.records[...])
        }
        return state.finish(table, layout: "long")
    }

    struct LongColumns: Sendable {
        let region: Int, indicator: Int, period: Int, value: Int
        let source: Int?, unit: Int?
    }

    func validateLong(_ table: TabularData, _ columns: LongColumns, _ records: ArraySlice<TabularData.Record>) -> State {
        let region = columns.region
        let indicator = columns.indicator
        let period = columns.period
        let value = columns.value
        let source = columns.source
        let unit = columns.unit
        var state = State()
        state.reserve(records.count)
        for record in records {
            let problemsBefore = state.problems.count
            guard hasHeaderWidth(record, table, &state) else { continue }
            let field = { (index: Int) in record.fields[index].trimmingASCIIWhitespace() }
            let regionCode = checkRegion(field(region), record.number, table, &state)
            let definition = checkIndicator(field(indicator), record.number, column: "indicator", table, &state)
            if let unit, let definition, !field(unit).isEmpty, field(unit) != definition.unit {
                state.problems.append(
                    table.detail(
                        record.number, column: "unit",
                        "unit \"\(field(unit))\" does not match indicator \(definition.code)'s unit \"\(definition.unit)\""))
            }
            let year = checkPeriod(field(period), record.number, table, &state)
            let number = checkValue(field(value), definition, record.number, column: "value", table, &state, allowEmpty: false)
            let rowSource = source.map(field).flatMap { $0.isEmpty ? nil : $0 } ?? context.defaultSource
            if state.problems.count == problemsBefore, let regionCode, let definition, let year, let number {
                state.add(
                    IndicatorValueCandidate(region: regionCode, indicator: definition.code, period: year, value: number, source: rowSource),
                    key: key(regionCode, definition.code, year), at: record.number, column: value)
            }
            if state.problems.count > problemsBefore { state.rejectedNumbers.insert(record.number) }
        }
        return state
    }

    func readWide(_ table: TabularData) throws(OasisError) -> ParsedValues {
        let missing = ["region", "period"].filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw OasisError.invalid(
                code: "value_layout_unknown",
                message:
                    "A value file is either long (columns region, indicator, period, value[, source, unit]) or wide (columns region, period[, source] and one column per indicator code).",
                details: missing.map { table.detail(1, column: $0, "required column is missing") }
            )
        }
        let region = table.column("region")!
        let period = table.column("period")!
        let source = table.column("source")
        var state = State()
        // Indicator columns: "U01" or "U01 (%)" / "U01 [%]".
        var indicatorColumns: [(index: Int, definition: IndicatorDefinition)] = []
        for (index, name) in table.header.enumerated() where index != region && index != period && index != source {
            let (code, unit) = Self.splitHeader(name)
            guard let definition = checkIndicator(code, 1, column: name, table, &state) else { continue }
            if let unit, unit != definition.unit {
                state.problems.append(
                    table.detail(1, column: name, "unit \"\(unit)\" does not match indicator \(code)'s unit \"\(definition.unit)\""))
                continue
            }
            indicatorColumns.append((index, definition))
        }
        guard !indicatorColumns.isEmpty || !state.problems.isEmpty else {
            throw OasisError.invalid(
                code: "value_layout_unknown", message: "The wide file has no indicator columns.",
                details: [table.detail(1, column: nil, "add one column per indicator code, e.g. U01")])
        }
        for record in table.records {
            let problemsBefore = state.problems.count
            guard hasHeaderWidth(record, table, &state) else { continue }
            let regionCode = checkRegion(record.fields[region].trimmingASCIIWhitespace(), record.number, table, &state)
            let year = checkPeriod(record.fields[period].trimmingASCIIWhitespace(), record.number, table, &state)
            let rowSource = source.map { record.fields[$0].trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 } ?? context.defaultSource
            for (index, definition) in indicatorColumns {
                let text = record.fields[index].trimmingASCIIWhitespace()
                let before = state.problems.count
                guard let number = checkValue(text, definition, record.number, column: table.header[index], table, &state, allowEmpty: true) else {
                    continue
                }
                if state.problems.count == before, let regionCode, let year {
                    state.add(
                        IndicatorValueCandidate(region: regionCode, indicator: definition.code, period: year, value: number, source: rowSource),
                        key: key(regionCode, definition.code, year), at: record.number, column: index)
                }
            }
            if state.problems.count > problemsBefore { state.rejectedNumbers.insert(record.number) }
        }
        return state.finish(table, layout: "wide")
    }

    struct State: Sendable {
        var values: [IndicatorValueCandidate] = []
        /// Per value: its identity (region number, indicator number, period packed into one integer), the
        /// record it came from and the column it sits in.
        var keys: [UInt64] = []
        var numbers: [Int32] = []
        var columns: [Int32] = []
        var problems: [OasisError.Detail] = []
        var rejectedNumbers = Set<Int>()

        mutating func reserve(_ count: Int) {
            values.reserveCapacity(count)
            keys.reserveCapacity(count)
            numbers.reserveCapacity(count)
            columns.reserveCapacity(count)
        }

        /// Appends another part's findings (a later part of the same file).
        mutating func merge(_ other: State) {
            values += other.values
            keys += other.keys
            numbers += other.numbers
            columns += other.columns
            problems += other.problems
            rejectedNumbers.formUnion(other.rejectedNumbers)
        }

        mutating func add(_ candidate: IndicatorValueCandidate, key: UInt64, at number: Int, column: Int) {
            values.append(candidate)
            keys.append(key)
            numbers.append(Int32(truncatingIfNeeded: number))
            columns.append(Int32(column))
        }

        /// Sorts the values into storage-key order (region, indicator, period), so that a bulk write appends to
        /// the primary-key B-tree instead of jumping around it; keeps the first of identical duplicates and
        /// reports conflicting ones; orders the problems by place. Sorting replaces a hash table of every key.
        mutating func finish(_ table: TabularData, layout: String) -> ParsedValues {
            var order = [(UInt64, Int)]()
            order.reserveCapacity(keys.count)
            for index in keys.indices { order.append((keys[index], index)) }
            order.sort { $0 < $1 }
            var result: [IndicatorValueCandidate] = []
            result.reserveCapacity(order.count)
            var position = 0
            let place = table.place == .line ? "line" : "row"
            while position < order.count {
                let first = order[position].1
                result.append(values[first])
                var next = position + 1
                while next < order.count, order[next].0 == order[position].0 {
                    let duplicate = order[next].1
                    let a = values[first]
                    let b = values[duplicate]
                    if a.value != b.value {
                        problems.append(
                            table.detail(
                                Int(numbers[duplicate]), column: table.header[Int(columns[duplicate])],
                                "conflicts with \(place) \(numbers[first]): \(b.region) \(b.indicator) \(b.period) is \(a.value) there and \(b.value) here"
                            ))
                        rejectedNumbers.insert(Int(numbers[duplicate]))
                    }
                    next += 1
                }
                position = next
            }
            let sortedProblems = problems.enumerated().sorted {
                ($0.element.line ?? $0.element.row ?? 0, $0.offset) < ($1.element.line ?? $1.element.row ?? 0, $1.offset)
            }.map(\.element)
            return ParsedValues(
                layout: layout, rowCount: table.records.count, values: result, problems: sortedProblems,
                rejectedRows: rejectedNumbers.count)
        }
    }

    /// False (with the problem recorded) when a row has more or fewer fields than the header.
    func hasHeaderWidth(_ record: TabularData.Record, _ table: TabularData, _ state: inout State) -> Bool {
        guard record.fields.count == table.header.count else {
            state.problems.append(table.detail(record.number, column: nil, "has \(record.fields.count) fields; the header has \(table.header.count)"))
            state.rejectedNumbers.insert(record.number)
            return false
        }
        return true
    }

    /// Packs a value's identity into one integer: 28 bits of region, 16 of indicator, 20 of period.
    func key(_ region: String, _ indicator: String, _ period: Int) -> UInt64 {
        UInt64(regionNumbers[region] ?? 0) << 36 | UInt64(indicatorNumbers[indicator] ?? 0) << 20 | UInt64(period & 0xFFFFF)
    }

    func checkRegion(_ code: String, _ number: Int, _ table: TabularData, _ state: inout State) -> String? {
        guard regionNumbers[code] != nil else {
            state.problems.append(table.detail(number, column: "region", code.isEmpty ? "region is empty" : "unknown region code \"\(code)\""))
            return nil
        }
        return code
    }

    func checkIndicator(_ code: String, _ number: Int, column: String, _ table: TabularData, _ state: inout State) -> IndicatorDefinition? {
        guard let definition = indicators[code] else {
            state.problems.append(
                table.detail(
                    number, column: column,
                    code.isEmpty
                        ? "indicator is empty" : "unknown indicator \"\(code)\" in framework \(context.framework.id) \(context.framework.version)"))
            return nil
        }
        return definition
    }

    func checkPeriod(_ text: String, _ number: Int, _ table: TabularData, _ state: inout State) -> Int? {
        guard let year = DecimalText.integer(text), NumericDomain.year.reason(year) == nil else {
            state.problems.append(table.detail(number, column: "period", "\"\(text.prefix(64))\" is not a year such as 2025"))
            return nil
        }
        guard year <= context.currentYear else {
            state.problems.append(table.detail(number, column: "period", "period \(year) is in the future (this is \(context.currentYear))"))
            return nil
        }
        return year
    }

    func checkValue(
        _ text: String, _ definition: IndicatorDefinition?, _ number: Int, column: String, _ table: TabularData,
        _ state: inout State, allowEmpty: Bool
    ) -> Double? {
        if text.isEmpty {
            if !allowEmpty { state.problems.append(table.detail(number, column: column, "value is empty")) }
            return nil
        }
        var value = DecimalText.number(text)
        if value == nil {
            // Thousands separators and a trailing percent sign are accepted.
            var cleaned = text.replacingOccurrences(of: ",", with: "")
            if cleaned.hasSuffix("%") { cleaned.removeLast() }
            value = DecimalText.number(cleaned.trimmingASCIIWhitespace())
        }
        guard let value else {
            state.problems.append(table.detail(number, column: column, "\"\(text.prefix(64))\" is not a number"))
            return nil
        }
        if let reason = NumericDomain.indicatorValue.reason(value) {
            state.problems.append(table.detail(number, column: column, reason))
            return nil
        }
        guard let definition else { return value }
        if definition.isPercentage, !(0...100).contains(value) {
            state.problems.append(table.detail(number, column: column, "\(text) is a percentage outside 0–100"))
            return nil
        }
        if Self.countUnits.contains(definition.unit), value < 0 {
            state.problems.append(table.detail(number, column: column, "a count (\(definition.unit)) cannot be negative: \(text)"))
            return nil
        }
        return value
    }

    static func splitHeader(_ name: String) -> (code: String, unit: String?) {
        let trimmed = name.trimmingASCIIWhitespace()
        for (open, close) in [("(", ")"), ("[", "]"), ("（", "）")] {
            if let start = trimmed.firstIndex(of: Character(open)), trimmed.hasSuffix(close) {
                let code = String(trimmed[..<start]).trimmingASCIIWhitespace()
                let unit = String(trimmed[trimmed.index(after: start)..<trimmed.index(before: trimmed.endIndex)]).trimmingASCIIWhitespace()
                return (code, unit)
            }
        }
        return (trimmed, nil)
    }

    static func missingColumns(_ missing: [String], _ table: TabularData) -> OasisError {
        OasisError.invalid(
            code: "csv_columns_missing", message: "The value file lacks required columns.",
            details: missing.map { table.detail(1, column: $0, "required column is missing") })
    }
}
