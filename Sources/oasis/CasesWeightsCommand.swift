import ArgumentParser
import OasisCore
import OasisStore

/// `oasis cases weights`: the composite's weights of the 三率 and the factor of "basically satisfied", shown or set.
struct CasesWeightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Show the weights of the hotline composite and the factor of \"basically satisfied\", or set them (checked; audited).",
        discussion: "Defaults 10/45/45 and 0.9 (DOMAIN.md §3). The composite divides by the weights' sum; the factor is 0–1.")
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Weight of the response rate (响应率).") var response: Double?
    @Option(help: "Weight of the resolution rate (解决率).") var resolution: Double?
    @Option(help: "Weight of the satisfaction rate (满意率).") var satisfaction: Double?
    @Option(help: "How much a \"basically satisfied\" answer counts, 0–1.") var basicallySatisfied: Double?
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let weights = try await storeOptions.withStore { store in
            var weights = try await store.cases.metricsWeights()
            guard response != nil || resolution != nil || satisfaction != nil || basicallySatisfied != nil else { return weights }
            weights.response = response ?? weights.response
            weights.resolution = resolution ?? weights.resolution
            weights.satisfaction = satisfaction ?? weights.satisfaction
            weights.basicallySatisfied = basicallySatisfied ?? weights.basicallySatisfied
            try await store.cases.setMetricsWeights(weights, by: .system)
            return weights
        }
        try output.emit(weights) {
            TextTable.render(
                header: ["setting", "value"], rows: weights.settings.sorted { $0.key < $1.key }.map { [$0.key, $0.value] })
        }
    }
}
