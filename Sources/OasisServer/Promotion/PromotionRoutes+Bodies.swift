import Foundation
import OasisCore
import OasisServices
import OasisStore

/// The request and answer bodies of the promotion routes.
extension PromotionRoutes {
    struct StageChange: Decodable {
        var stage: ProjectStage
        var on: Date?
    }

    struct TaskStatusChange: Decodable {
        var status: TaskStatus
        var doneOn: Date?
    }

    struct ProjectPage: Encodable {
        var total: Int
        var offset: Int
        var items: [PromotionService.ProjectView]
    }

    struct PlanDetail: Encodable {
        var plan: PromotionPlan
        var schemes: [ImplementationScheme]
    }

    struct Projects: Decodable {
        var items: [RenewalProject]

        init(from decoder: any Decoder) throws {
            if let list = try? [RenewalProject](from: decoder) {
                items = list
            } else {
                items = [try RenewalProject(from: decoder)]
            }
        }
    }
}
