import OasisServices

/// What `oasis projects list` prints: a page of projects with their flags, and how many match in all.
struct ProjectListResult: Encodable {
    var total: Int
    var projects: [PromotionService.ProjectView]
}
