import Foundation
import OasisCore

/// Keeps the hotline rollups in step: a case's contribution before a change is subtracted and its
/// contribution after is added, for each dimension (unit, region, category, all) and month, in the same
/// transaction as the change. Many cases' deltas are summed first, so a batch costs a few upserts.
enum CaseRollupWriter {
    struct Key: Hashable {
        var dimension: String
        var key: String
        var month: String
    }

    static func apply(before: [HotlineCase], after: [HotlineCase], on tx: any SQLExecutor) async throws {
        var counters: [Key: CaseRollupCounters] = [:]
        var hours: [Key: [Int: Int]] = [:]
        var deadlines: [Key: [String: Int]] = [:]
        func add(_ item: HotlineCase, sign: Int) {
            let contribution = CaseContribution(item)
            for dimension in CaseRollupDimension.allCases {
                let key = Key(dimension: dimension.rawValue, key: contribution.keys[dimension] ?? "", month: contribution.month)
                let current = counters[key] ?? CaseRollupCounters()
                counters[key] = sign > 0 ? current + contribution.counters : current - contribution.counters
                if let value = contribution.handlingHours { hours[key, default: [:]][value, default: 0] += sign }
                if let deadline = contribution.openDeadline { deadlines[key, default: [:]][CaseContribution.day(deadline), default: 0] += sign }
            }
        }
        for item in before { add(item, sign: -1) }
        for item in after { add(item, sign: 1) }

        let counterRows = counters.filter { !$0.value.isZero }.map { key, value -> [SQLValue] in
            [.text(key.dimension), .text(key.key), .text(key.month)] + value.values.map(SQLValue.double)
        }
        let fields = CaseRollupCounters.fields
        try await AdditiveUpsert.rows(table: "case_rollups", keyColumns: ["dimension", "group_key", "period"], valueColumns: fields, rows: counterRows, on: tx)
        var hourRows: [[SQLValue]] = []
        for (key, histogram) in hours {
            for (value, count) in histogram where count != 0 {
                hourRows.append([.text(key.dimension), .text(key.key), .text(key.month), .int(Int64(value)), .int(Int64(count))])
            }
        }
        try await AdditiveUpsert.rows(table: "case_handling_hours", keyColumns: ["dimension", "group_key", "period", "whole_hours"], valueColumns: ["n"], rows: hourRows, on: tx)
        var deadlineRows: [[SQLValue]] = []
        for (key, days) in deadlines {
            for (day, count) in days where count != 0 {
                deadlineRows.append([.text(key.dimension), .text(key.key), .text(key.month), .text(day), .int(Int64(count))])
            }
        }
        try await AdditiveUpsert.rows(table: "case_open_deadlines", keyColumns: ["dimension", "group_key", "period", "due_day"], valueColumns: ["n"], rows: deadlineRows, on: tx)
    }
}
