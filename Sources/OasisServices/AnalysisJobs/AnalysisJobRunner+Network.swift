import Foundation
import NIOConcurrencyHelpers
import OasisCore
import OasisRouting
import OasisStore

extension AnalysisJobRunner {
    /// The walking network of the newest job that succeeded for `region` or the nearest region above it (the network a
    /// page draws the streets from), with that job; nil when none ran or its network is no longer in the folder.
    public func latestNetwork(for region: String) async throws -> (job: AnalysisJob, artefact: NetworkArtefact, network: AccessNetwork)? {
        let lineage = try await store.regions.lineage(of: RegionCode(region)).map(\.code.rawValue).reversed()
        for code in lineage {
            guard let job = try await store.analysisJobs.latestSucceeded(region: code) else { continue }
            if let cached = networks.withLockedValue({ $0.first { $0.sha256 == job.network.sha256 } }) {
                return (job, cached.artefact, cached.network)
            }
            let url = URL(fileURLWithPath: path(of: job.network.sha256 + ".oasisnet"))
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let (artefact, network) = try await Self.offload {
                let artefact = try NetworkArtefact.load(from: url, expectedSource: nil)
                return (artefact, artefact.accessNetwork())
            }
            networks.withLockedValue { kept in
                kept.removeAll { $0.sha256 == job.network.sha256 }
                kept.insert((job.network.sha256, artefact, network), at: 0)
                if kept.count > Self.cachedNetworks { kept.removeLast(kept.count - Self.cachedNetworks) }
            }
            return (job, artefact, network)
        }
        return nil
    }
}
