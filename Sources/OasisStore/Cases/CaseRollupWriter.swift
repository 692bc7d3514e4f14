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

    /// The cases that fall in the same row of every dimension: summed once per case, then spread over the
    /// dimensions (one dictionary update per case instead of one per dimension).
    struct Group: Hashable, Sendable {
        var month: String
        var unit: String, region: String, category: String, all: String

        init(_ contribution: CaseContribution) {
            month = contribution.month
            unit = contribution.keys[.unit] ?? ""
            region = contribution.keys[.region] ?? ""
            category = contribution.keys[.category] ?? ""
            all = contribution.keys[.all] ?? ""
        }

        func key(_ dimension: CaseRollupDimension) -> String {
            switch dimension {
            case .unit: unit
            case .region: region
            case .category: category
            case .all: all
            }
        }
    }

    struct Sums: Sendable {
        var counters = CaseRollupCounters()
        var hours: [Int: Int] = [:]
        var deadlines: [String: Int] = [:]

        mutating func add(_ contribution: CaseContribution, sign: Int) {
            counters = sign > 0 ? counters + contribution.counters : counters - contribution.counters
            if let value = contribution.handlingHours { hours[value, default: 0] += sign }
            if let deadline = contribution.openDeadline { deadlines[CaseContribution.day(deadline), default: 0] += sign }
        }

        mutating func add(_ other: Sums) {
            counters = counters + other.counters
            hours.merge(other.hours, uniquingKeysWith: +)
            deadlines.merge(other.deadlines, uniquingKeysWith: +)
        }
    }

    typealias Groups = [Group: Sums]

    /// Adds one set of sums to another (the batches of an import, written once at its end).
    static func merge(_ other: Groups, into groups: inout Groups) {
        for (group, sums) in other { groups[group, default: Sums()].add(sums) }
    }

    static func apply(before: [HotlineCase], after: [HotlineCase], on tx: any SQLExecutor) async throws {
        try await write(groups(before: before, after: after), on: tx)
    }

    /// The cases' contributions summed by group: subtracted for `before`, added for `after`.
    static func groups(before: [HotlineCase], after: [HotlineCase]) -> Groups {
        var groups: Groups = [:]
        for (items, sign) in [(before, -1), (after, 1)] {
            for item in items {
                let contribution = CaseContribution(item)
                groups[Group(contribution), default: Sums()].add(contribution, sign: sign)
            }
        }
        return groups
    }

    /// Adds summed contributions to the rollups of every dimension.
    static func write(_ groups: Groups, on tx: any SQLExecutor) async throws {
        var counters: [Key: CaseRollupCounters] = [:]
        var hours: [Key: [Int: Int]] = [:]
        var deadlines: [Key: [String: Int]] = [:]
        for (group, sums) in groups {
            for dimension in CaseRollupDimension.allCases {
                let key = Key(dimension: dimension.rawValue, key: group.key(dimension), month: group.month)
                counters[key] = (counters[key] ?? CaseRollupCounters()) + sums.counters
                for (value, count) in sums.hours { hours[key, default: [:]][value, default: 0] += count }
                for (day, count) in sums.deadlines { deadlines[key, default: [:]][day, default: 0] += count }
            }
        }

        let counterRows = counters.filter { !$0.value.isZero }.map { key, value -> [SQLValue] in
            [.text(key.dimension), .text(key.key), .text(key.month)] + value.values.map(SQLValue.double)
        }
        let fields = CaseRollupCounters.fields
        try await AdditiveUpsert.rows(
            table: "case_rollups", keyColumns: ["dimension", "group_key", "period"], valueColumns: fields, rows: counterRows, on: tx)
        var hourRows: [[SQLValue]] = []
        for (key, histogram) in hours {
            for (value, count) in histogram where count != 0 {
                hourRows.append([.text(key.dimension), .text(key.key), .text(key.month), .int(Int64(value)), .int(Int64(count))])
            }
        }
        try await AdditiveUpsert.rows(
            table: "case_handling_hours", keyColumns: ["dimension", "group_key", "period", "whole_hours"], valueColumns: ["n"], rows: hourRows, on: tx
        )
        var deadlineRows: [[SQLValue]] = []
        for (key, days) in deadlines {
            for (day, count) in days where count != 0 {
                deadlineRows.append([.text(key.dimension), .text(key.key), .text(key.month), .text(day), .int(Int64(count))])
            }
        }
        try await AdditiveUpsert.rows(
            table: "case_open_deadlines", keyColumns: ["dimension", "group_key", "period", "due_day"], valueColumns: ["n"], rows: deadlineRows, on: tx
        )
    }
}
