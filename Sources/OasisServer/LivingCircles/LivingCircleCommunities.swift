import Foundation
import OasisCore
import OasisServices

/// The living-circle page's complete-community section: the checklist (2020 standard) of each community in the
/// communities layer, from the latest background analysis of the region that checked them (`AnalysisJobResult`):
/// complete or not, how many of the required types lie within the walking distance, the walking metres to each one
/// found, and the types missing.
struct LivingCircleCommunities {
    var result: AnalysisJobResult.Communities?
    /// The job that checked them, and its end.
    var job: Int64?
    var finishedAt: Date?

    func data(catalogue: MessageCatalogue, language: Language) -> [String: Any] {
        guard let result, let job, !(result.communities.isEmpty && result.offNetwork.isEmpty) else { return ["hasCommunityChecks": false] }
        func label(_ type: String) -> String { LivingCircleMap.typeLabel(type, catalogue: catalogue, language: language) }
        let rows: [[String: Any]] = result.communities.map { community in
            let present = result.required.compactMap { type in
                community.present[type].map { "\(label(type)) \(NumberFormat.integer(Int($0.rounded()))) m" }
            }
            return [
                "id": community.id, "name": community.name.isEmpty ? community.id : community.name, "region": community.region,
                "complete": community.isComplete,
                "state": catalogue.text(community.isComplete ? "living_community_complete" : "living_community_incomplete", language),
                "count": "\(result.required.count - community.missing.count)/\(result.required.count)",
                "present": present.joined(separator: "; "), "missing": community.missing.map(label).joined(separator: "; "),
            ]
        }
        let complete = result.communities.filter(\.isComplete).count
        return [
            "hasCommunityChecks": true, "communityRows": rows, "hasCommunityRows": !rows.isEmpty,
            "communitySummary": catalogue.text(
                "living_communities_summary", language, NumberFormat.integer(complete), NumberFormat.integer(result.communities.count),
                NumberFormat.integer(Int(result.distance)), String(job), NumberFormat.chinaTime(finishedAt ?? Date())),
            "communityRequired": result.required.map(label).joined(separator: "; "),
            "communityOffNetwork": result.offNetwork.isEmpty
                ? "" : catalogue.text("living_communities_off_network", language, result.offNetwork.joined(separator: ", ")),
            "communityAbsentTypes": result.missingTypes.isEmpty
                ? "" : catalogue.text("living_communities_absent", language, result.missingTypes.map(label).joined(separator: "; ")),
        ]
    }
}
