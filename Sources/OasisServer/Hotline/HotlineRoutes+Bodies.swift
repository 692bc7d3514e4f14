import OasisCore
import OasisServices

/// The request and answer bodies of the hotline routes.
extension HotlineRoutes {
    struct CasePage: Encodable {
        var total: Int
        var offset: Int
        var items: [HotlineCase]
    }

    struct MergeInput: Decodable {
        var duplicates: [Int64]
    }

    struct RoutingRuleInput: Decodable {
        var category: String
        var region: String?
        var unit: String
    }

    struct Hotspot: Codable, Sendable {
        var category: String
        var region: String
        var cases: Int
    }

    struct SubmitForm: Decodable {
        var csrf: String?
        var category: String?
        var requestType: String?
        var description: String?
        var address: String?
        var latitude: String?
        var longitude: String?
        var region: String?
        var name: String?
        var phone: String?
    }

    /// A unit of the register as the API takes it: only its name is required.
    struct UnitInput: Decodable {
        var name: String
        var names: [String: String]?
        var region: String?
        var categories: [String]?
        var supervisor: String?

        var unit: CaseUnit { CaseUnit(name: name, names: names ?? [:], region: region, categories: categories ?? [], supervisor: supervisor) }
    }

    /// The register's form: the unit's names, region, categories (`categories[]`) and supervisor.
    struct UnitForm: Decodable {
        var csrf: String?
        var name: String?
        var nameEn: String?
        var nameUg: String?
        var region: String?
        var categories: [String]?
        var supervisor: String?
    }

    struct StepForm: Decodable {
        var csrf: String?
        var event: String?
        var text: String?
        var category: String?
        /// A follow-up call's answers: `yes` / `no` (empty: not answered), the reason a citizen was not reached, the
        /// rating (`no_rating` for none) and the citizen's words.
        var reached: String?
        var unreachedReason: String?
        var responded: String?
        var resolved: String?
        var satisfaction: String?
        var words: String?
    }
}
