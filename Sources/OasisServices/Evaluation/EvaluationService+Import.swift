import Crypto
import Foundation
import OasisCore
import OasisImport
import OasisStore

extension EvaluationService {
    /// Imports indicator values from CSV (long or wide layout) or XLSX. A file with problems writes
    /// nothing and throws every problem, unless `acceptValid` is set: then the good values are written and
    /// the problems returned. The ledger is refreshed after a write.
    public func importValues(
        _ bytes: [UInt8], fileName: String, acceptValid: Bool, refreshLedger refresh: Bool = true,
        by principal: Principal
    ) async throws -> ValueImportOutcome {
        let access = try principal.access(for: .writeIndicators)
        let framework = try await store.frameworks.activeOrBuiltIn()
        let regions = Set(try await store.regions.list().map(\.code.rawValue))
        let context = ValueImportContext(
            regionCodes: regions, framework: framework, currentYear: Self.currentYear(store.clock),
            defaultSource: fileName)
        // The file's digest (recorded with the import) is computed while the file is read and checked.
        async let digest = Hex.encode(SHA256.hash(data: Data(bytes)))
        let table = try TabularData(csvOrXLSX: bytes, fileName: fileName)
        let parsed = try IndicatorValueReader(context: context).read(table)
        if !parsed.problems.isEmpty && !acceptValid {
            throw OasisError.invalid(
                code: "value_file_invalid",
                message:
                    "\(fileName): \(parsed.problems.count) problem(s) in \(parsed.rejectedRows) of \(parsed.rowCount) rows; nothing was imported. Fix them, or import with accept-valid to write the \(parsed.values.count) good values.",
                details: parsed.problems
            )
        }
        var outcome = ValueImportOutcome(
            record: nil, layout: parsed.layout, rowCount: parsed.rowCount, acceptedValues: parsed.values.count,
            rejectedRows: parsed.rejectedRows, problems: parsed.problems, ledger: nil)
        guard !parsed.values.isEmpty else { return outcome }
        let records = parsed.values.map {
            IndicatorValueRecord(region: $0.region, indicator: $0.indicator, period: $0.period, value: $0.value, source: $0.source)
        }
        outcome.record = try await store.indicatorValues.write(
            records, fileName: fileName, format: table.place == .row ? "xlsx-\(parsed.layout)" : "csv-\(parsed.layout)", sha256: await digest,
            rowCount: parsed.rowCount, rejected: parsed.rejectedRows, by: access
        )
        if refresh { outcome.ledger = try await refreshLedger(by: principal) }
        return outcome
    }

    /// The current year in China Standard Time.
    public static func currentYear(_ clock: any OasisClock) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar.component(.year, from: clock.now())
    }
}
