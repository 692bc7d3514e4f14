import OasisRouting

/// What `oasis analyse communities --json` prints: the distance used and each community's checklist.
struct CommunityChecklistReport: Encodable {
    enum CodingKeys: String, CodingKey {
        case distance = "distance_m"
        case communities
    }

    var distance: Double
    var communities: [CommunityChecklistRow]

    init(distance: Double, checklists: [CommunityChecklist]) {
        self.distance = distance
        communities = checklists.map(CommunityChecklistRow.init)
    }
}
