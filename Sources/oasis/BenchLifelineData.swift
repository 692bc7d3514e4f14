import ArgumentParser
import Foundation
import OasisCore

/// `oasis bench lifeline-data`: the lifeline rules on the real labelled sensor data in ../shared (bench/skab):
/// the SKAB score of the default pump rule, and what the rules do on the river water-flow series and the WHUT
/// pump runs. Prints JSON.
extension BenchCommand {
    struct LifelineData: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lifeline-data", abstract: "Score the lifeline rules on SKAB, the river flow series and the WHUT pump runs (JSON).")
        @Option(help: "SKAB's data folder (valve1/, valve2/, other/, anomaly-free/).") var skab: String?
        @Option(help: "river_water_flow_hourly.csv.") var river: String?
        @Option(help: "The WHUT pipeline folder (1pump.csv … 5pump.csv).") var whut: String?

        func run() throws {
            var report: [String: LifelineDataReport] = [:]
            if let skab {
                let start = ContinuousClock.now
                let files = try Self.experiments(URL(fileURLWithPath: skab))
                let score = SKABBenchmark.score(SKABBenchmark.defaultRule, on: files)
                var figures = SKABFigures(score, files: files.count, seconds: (ContinuousClock.now - start).seconds)
                for folder in Set(files.map { $0.name.prefix { $0 != "/" } }) {
                    let group = files.filter { $0.name.hasPrefix(folder + "/") }
                    var part = SKABFigures(SKABBenchmark.score(SKABBenchmark.defaultRule, on: group), files: group.count, seconds: 0)
                    part.rule = nil
                    figures.folders[String(folder)] = part
                }
                report["skab"] = .skab(figures)
            }
            if let river { report["river"] = .river(try RiverFlowReport.run(URL(fileURLWithPath: river))) }
            if let whut { report["whut"] = .whut(try WHUTReport.run(URL(fileURLWithPath: whut))) }
            Console.line(try JSONOutput.encode(report))
        }

        /// SKAB's experiment files below its data folder, by folder and name.
        static func experiments(_ root: URL) throws -> [SKABFile] {
            let manager = FileManager.default
            var files: [SKABFile] = []
            for folder in try manager.contentsOfDirectory(atPath: root.path).sorted() {
                let url = root.appendingPathComponent(folder)
                guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { continue }
                for name in names.sorted() where SKABBenchmark.isExperiment(folder: folder, file: name) {
                    files.append(
                        try SKABFile(name: "\(folder)/\(name)", text: try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
                }
            }
            return files
        }
    }
}
