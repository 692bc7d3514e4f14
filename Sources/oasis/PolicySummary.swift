import OasisCore

/// A policy as `oasis policy list` and `oasis policy load` print it: who issued it when, and how many
/// sections and measures it has.
struct PolicySummary: Encodable {
    var id: String
    var level: String
    var region: String?
    var issuedOn: String
    var titleZh: String
    var titleEn: String
    var sections: Int
    var measures: Int

    init(_ policy: Policy) {
        id = policy.id
        level = policy.level
        region = policy.region
        issuedOn = policy.issuedOn
        titleZh = policy.titleZh
        titleEn = policy.titleEn
        sections = policy.sections.count
        measures = policy.measures.count
    }
}
