import OasisCore
import OasisRouting
import OasisStore

extension AnalysisJobRunner {
    /// The complete-community checklist of the region's communities layer under the operator's standard, as the job keeps it.
    func communities(
        _ inputs: AccessAnalysisInputs, artefact: NetworkArtefact, network: AccessNetwork, service: AccessAnalysisService,
        progress: ProgressReporter
    ) async throws -> AnalysisJobResult.Communities {
        let standard = standards.completeCommunity
        let checklists = try await Self.offload {
            service.communities(inputs, network: network, sources: artefact.sourcesByType, standard: standard, progress: progress)
        }
        var byKey: [String: (name: String, region: String)] = [:]
        var order: [String] = []
        for community in inputs.communities where byKey[community.key("community")] == nil {
            order.append(community.key("community"))
            byKey[community.key("community")] = (community.name ?? "", community.region ?? "")
        }
        let checked = Set(checklists.map(\.community))
        let present = Set(artefact.sourcesByType.keys).union(inputs.facilities.keys)
        return AnalysisJobResult.Communities(
            distance: standard.distance, required: standard.requiredTypes,
            communities: checklists.map { checklist in
                AnalysisJobResult.CommunityCheck(
                    id: checklist.community, name: byKey[checklist.community]?.name ?? "", region: byKey[checklist.community]?.region ?? "",
                    missing: checklist.missing, present: checklist.present.mapValues { ($0 * 10).rounded() / 10 })
            },
            offNetwork: order.filter { !checked.contains($0) },
            missingTypes: standard.requiredTypes.filter { type in !type.split(separator: "|").contains { present.contains(String($0)) } })
    }
}
