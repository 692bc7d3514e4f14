import OasisRouting

/// One community in `oasis analyse communities --json`: complete or not, the required types missing, and the
/// walking metres (to 0.1 m) to its centre's network node and to each type found within the distance.
struct CommunityChecklistRow: Encodable {
    enum CodingKeys: String, CodingKey {
        case community, complete, missing
        case snapDistance = "snap_m"
        case present = "present_m"
    }

    var community: String
    var complete: Bool
    var missing: [String]
    var snapDistance: Double
    var present: [String: Double]

    init(_ checklist: CommunityChecklist) {
        community = checklist.community
        complete = checklist.isComplete
        missing = checklist.missing
        snapDistance = (checklist.snapDistance * 10).rounded() / 10
        present = checklist.present.mapValues { ($0 * 10).rounded() / 10 }
    }
}
