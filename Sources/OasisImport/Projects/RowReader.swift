import Foundation
import OasisCore

/// Typed access to the cells of one record, each failure noted with the record's place and the column.
struct RowReader {
    let record: TabularData.Record
    let columns: [String: Int]
    let table: TabularData
    private(set) var problems: [OasisError.Detail] = []

    init(record: TabularData.Record, columns: [String: Int], table: TabularData) {
        self.record = record
        self.columns = columns
        self.table = table
    }

    mutating func problem(_ column: String, _ reason: String) {
        problems.append(table.detail(record.number, column: column, reason))
    }

    func raw(_ column: String) -> String {
        guard let index = columns[column], index < record.fields.count else { return "" }
        return record.fields[index].trimmingASCIIWhitespace()
    }

    mutating func text(_ column: String, required: Bool, limit: TextLimit = .name) -> String? {
        let value = raw(column)
        if value.isEmpty {
            if required { problem(column, "required") }
            return nil
        }
        if let reason = limit.reason(value) {
            problem(column, reason)
            return nil
        }
        return value
    }

    /// A coded value written as its code or its label (`ImportLabels`, catalogue keys `keyPrefix` + code).
    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type, keyPrefix: String, required: Bool) -> T?
    where T.RawValue == String {
        guard let value = text(column, required: required) else { return nil }
        guard let choice = ImportLabels.value(value, T.self, keyPrefix: keyPrefix) else {
            problem(column, "\"\(value)\" is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return choice
    }

    /// A number in decimal notation (thousands separators allowed) within its domain.
    mutating func number(_ column: String, domain: NumericDomain) -> Double? {
        let value = raw(column)
        guard !value.isEmpty else { return nil }
        guard let number = DecimalText.number(value.replacingOccurrences(of: ",", with: "")) else {
            problem(column, "\"\(value.prefix(64))\" is not a number in decimal notation")
            return nil
        }
        if let reason = domain.reason(number) {
            problem(column, reason)
            return nil
        }
        return number
    }

    mutating func day(_ column: String) -> Date? {
        let value = raw(column)
        guard !value.isEmpty else { return nil }
        guard let day = calendarDay(value) else {
            let years = NumericDomain.year.range
            problem(
                column,
                "\"\(value.prefix(64))\" is not a day such as 2026-03-05 or 2026/3/5 in the years \(Int(years.lowerBound))–\(Int(years.upperBound))")
            return nil
        }
        return day.date
    }

    /// A day as spreadsheets write it (`SpreadsheetDateText`: `2026-03-05`, `2026/3/5`, a date cell, a serial number)
    /// whose year lies in the year domain.
    func calendarDay(_ text: String) -> CalendarDay? {
        guard let day = SpreadsheetDateText.day(text, system: table.dateSystem), NumericDomain.year.contains(Double(day.year)) else {
            return nil
        }
        return day
    }

    mutating func flag(_ column: String) -> Bool {
        let value = raw(column).lowercased()
        switch value {
        case "", "no", "false", "0", "否": return false
        case "yes", "true", "1", "是": return true
        default:
            problem(column, "\"\(value)\" is not yes or no")
            return false
        }
    }

    mutating func integers(_ column: String, domain: NumericDomain) -> [Int] {
        let value = raw(column)
        guard !value.isEmpty else { return [] }
        var numbers: [Int] = []
        for part in value.split(separator: ";") {
            let text = part.trimmingCharacters(in: .whitespaces)
            guard let number = DecimalText.integer(text) else {
                problem(column, "\"\(text.prefix(64))\" is not a whole number (separate several with ;)")
                continue
            }
            if let reason = domain.reason(number) {
                problem(column, reason)
                continue
            }
            numbers.append(number)
        }
        return numbers
    }

    mutating func byYear(_ column: String) -> [Int: Double] {
        let value = raw(column)
        guard !value.isEmpty else { return [:] }
        var amounts: [Int: Double] = [:]
        for part in value.split(separator: ";") {
            let pieces = part.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, let year = DecimalText.integer(pieces[0]), let amount = DecimalText.number(pieces[1]) else {
                problem(column, "\"\(part.prefix(64))\" is not year:amount such as 2025:1200")
                continue
            }
            if let reason = NumericDomain.year.reason(year) ?? NumericDomain.money.reason(amount) {
                problem(column, "\(part.prefix(64)): \(reason)")
                continue
            }
            if amounts[year] != nil { problem(column, "year \(year) appears twice") }
            amounts[year] = amount
        }
        return amounts
    }

    mutating func milestones(_ column: String) -> [ProjectMilestone] {
        let value = raw(column)
        guard !value.isEmpty else { return [] }
        var milestones: [ProjectMilestone] = []
        for part in value.split(separator: ";") {
            let pieces = part.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (2...3).contains(pieces.count), !pieces[0].isEmpty, let due = calendarDay(pieces[1]) else {
                problem(column, "\"\(part.prefix(64))\" is not name|due|done with days as YYYY-MM-DD")
                continue
            }
            if let reason = TextLimit.name.reason(pieces[0]) {
                problem(column, "milestone name \(reason)")
                continue
            }
            var done: Date?
            if pieces.count == 3, !pieces[2].isEmpty {
                guard let doneDay = calendarDay(pieces[2]) else {
                    problem(column, "\"\(pieces[2])\" is not a day such as 2026-03-05 or 2026/3/5")
                    continue
                }
                done = doneDay.date
            }
            milestones.append(ProjectMilestone(name: pieces[0], due: due.date, done: done))
        }
        return milestones
    }
}
