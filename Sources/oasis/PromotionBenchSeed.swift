import Foundation
import OasisCore
import OasisStore

/// A synthetic project library for the measure-status benchmark: projects spread over the demo's counties,
/// each implementing one to three measures, with milestones and progress reports, written with multi-row
/// inserts straight into the tables (no audit events: this is benchmark data, not user data).
struct PromotionBenchSeed {
    let store: Store
    let projects: Int
    let reports: Int

    func run() async throws {
        let counties = try await store.regions.list(level: .county).map(\.code.rawValue)
        guard !counties.isEmpty else { throw CLIError("The store has no county-level regions; run it on the demo (oasis serve seeds it) first.") }
        let stages = ProjectStage.allCases.map(\.rawValue)
        let types = ProjectType.allCases.map(\.rawValue)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try await store.database.transaction { tx in
            var generator = SplitMix(seed: 7)
            var rows: [[SQLValue]] = []
            var measures: [[SQLValue]] = []
            var milestones: [[SQLValue]] = []
            for index in 0..<projects {
                let id = Int64(index + 1)
                let region = counties[index % counties.count]
                let stage = stages[Int(generator.next() * Double(stages.count))]
                let budget = (generator.next() * 5_000).rounded()
                let actual = (budget * generator.next() * 1.2).rounded()
                let endYear = 2024 + Int(generator.next() * 5)
                rows.append([
                    .int(id), .text("BENCH-\(id)"), .text("示例项目\(id)"), .text("Sample project \(id)"), .text(types[index % types.count]),
                    .text(region),
                    .text("住建局\(index % 97)"), .text(stage), .text(Policy.builtInID), .null, .null, .null, .null, .text("{\"fiscal\":\(budget)}"),
                    .double(budget),
                    .text("{}"), .text("{\"2025\":\(actual)}"), .double(actual), .text("2024-03-01"), .text("\(endYear)-10-31"),
                    stage == "completed" || stage == "accepted" ? .text("\(endYear)-09-30") : .null, .int(0), .null, .text("[]"), .null, .null,
                    .int(now),
                ])
                let first = 1 + Int(generator.next() * 28)
                for offset in 0..<(1 + index % 3) {
                    measures.append([.text(Policy.builtInID), .int(Int64((first + offset * 5 - 1) % 28 + 1)), .int(id)])
                }
                milestones.append([.int(id), .int(0), .text("开工"), .text("2024-04-01"), .text("2024-04-03")])
                milestones.append([.int(id), .int(1), .text("竣工"), .text("\(endYear)-10-31"), .null])
            }
            let columns = "(id, " + ProjectRepository.columnList + ")"
            try await BulkInsert.rows("projects \(columns)", rows, binds: 30_000, on: tx)
            try await BulkInsert.rows("project_measures (policy_id, measure, project_id)", measures, binds: 30_000, on: tx)
            try await BulkInsert.rows("project_milestones (project_id, seq, name, due, done)", milestones, binds: 30_000, on: tx)
            var reportRows: [[SQLValue]] = []
            reportRows.reserveCapacity(min(reports, 100_000))
            for index in 0..<reports {
                let project = Int64(index % projects + 1)
                let sequence = index / projects
                let month = 1 + sequence % 12
                let year = 2024 + sequence / 12
                reportRows.append([
                    .int(project), .text(String(format: "%04d-%02d-28", year, month)), .double(min(100, Double(sequence + 1) * 9.5)),
                    .text("第\(sequence + 1)次进度报告"), .text("[]"), .text("bench"), .int(now),
                ])
                if reportRows.count == 100_000 {
                    try await BulkInsert.rows(
                        "progress_reports (project_id, reported_on, percent, narrative, photos, reported_by, created_at)", reportRows, binds: 30_000,
                        on: tx)
                    reportRows.removeAll(keepingCapacity: true)
                }
            }
            try await BulkInsert.rows(
                "progress_reports (project_id, reported_on, percent, narrative, photos, reported_by, created_at)", reportRows, binds: 30_000, on: tx)
            try await tx.execute(ProjectRepository.progressUpdate(where: "1 = 1"))
            try await MeasureRollup.rebuild(on: tx)
            if tx.dialect == .postgres {
                try await tx.execute("SELECT setval(pg_get_serial_sequence('projects', 'id'), (SELECT MAX(id) FROM projects))")
            }
        }
        try await store.database.execute("ANALYZE")
    }
}
