import Foundation
import OasisCore
import OasisRouting
import OasisServices

extension AnalyseCommand.Access {
    /// The store mode: the stored residences' population coverage per region, recorded with `--record`.
    func runOnStore(_ console: ConsoleProgress) async throws {
        let base = try standardsOptions.load().livingCircle
        let standard = speed.map { base.walkingSpeed($0) } ?? base
        let (inputs, (result, recorded, missing)) = try await analysis.analyse(networkOptions, console: console) {
            service, inputs, artefact, region, period in
            let result = service.access(
                inputs, network: artefact.accessNetwork(), sources: artefact.sourcesByType, standard: standard,
                period: period, progress: console.reporter)
            let present = Set(artefact.sourcesByType.keys).union(inputs.facilities.keys)
            return (
                result, analysis.record ? try await service.record(result, period: period, region: region, by: .system) : nil,
                standard.missingTypes(present: present)
            )
        }
        let codes = AccessIndicator.all.filter(\.isPercentage).map(\.code)
        let rows = result.coverage.map { coverage -> [String] in
            let figures = result.figures.filter { $0.region == coverage.region }
            return [coverage.region.isEmpty ? "(no region)" : coverage.region, String(format: "%.0f", coverage.population)]
                + codes.map { code in
                    figures.first { $0.indicator == code }.map {
                        String(format: "%.1f %%", $0.denominator > 0 ? $0.numerator / $0.denominator * 100 : 0)
                    } ?? "—"
                }
        }
        let facilities = inputs.facilities.values.reduce(0) { $0 + $1.count }
        let tiers = standard.tiers.indices.map { "\(standard.tiers[$0].name) \(Int(standard.distance(ofTier: $0))) m" }.joined(separator: ", ")
        try output.emit(result.coverage) {
            TextTable.render(header: ["region", "population"] + codes, rows: rows)
                + "\n\(result.access.count) residence(s), \(facilities) imported facilities with the network's own; tiers " + tiers
        }
        // With --json the notes go to standard error, so that standard output stays one JSON document.
        if !missing.isEmpty {
            output.note(
                "No facility of type \(missing.joined(separator: ", ")) on the network or among the imported facilities: "
                    + "0 % of the residents are covered for it, and no one meets a tier that requires it.")
        }
        for line in AnalysisStoreOptions.describe(
            recorded, withoutRegion: inputs.residencesWithoutRegion, withoutPopulation: inputs.residencesWithoutPopulation)
        {
            output.note(line)
        }
    }
}
