import OasisCore

/// The JSON text of a case's `workflow` and `deadlines` columns, made where a bulk import's batch is made so
/// that the writer does not.
struct CaseJSONColumns: Sendable {
    var workflow: String
    var deadlines: String?

    init(_ item: HotlineCase) {
        workflow = CaseJSON.workflow(item.workflow)
        deadlines = item.deadlines.map(CaseJSON.deadlines)
    }
}
