import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The health check: frameworks, value imports, evaluations and rankings, the problem ledger over the API; the
/// ranking with a tile map, a region's check with its printable report, the ledger, the framework and the import
/// page in the browser.
struct EvaluationRoutes: RouteCollection {
    static let routes: [Route<Self>] = [
        Route(.get, "/api/v1/frameworks", .api, .permission(.readIndicators), Self.frameworks),
        Route(.get, "/api/v1/frameworks/active", .api, .permission(.readIndicators), Self.activeFramework),
        Route(.post, "/api/v1/frameworks", .api, .permission(.writeIndicators), Self.saveFramework),
        Route(.post, "/api/v1/indicator-values/import", .api, .permission(.writeIndicators), Self.importValues),
        Route(.post, "/api/v1/indicator-values", .api, .permission(.writeIndicators), Self.postValues),
        Route(.get, "/api/v1/indicator-values/imports", .api, .permission(.readIndicators), Self.valueImports),
        Route(.get, "/api/v1/regions/:code/indicator-values", .api, .permission(.readIndicators), Self.regionValues),
        Route(.get, "/api/v1/evaluations/:code", .api, .permission(.readIndicators), Self.evaluateRegion),
        Route(.get, "/api/v1/evaluations", .api, .permission(.readIndicators), Self.rankRegions),
        Route(.get, "/api/v1/problems", .api, .permission(.readIndicators), Self.problems),
        Route(.post, "/api/v1/problems/:id/status", .api, .permission(.writeIndicators), Self.setProblemStatus),
        Route(.get, "/evaluation", .web, .permission(.readIndicators), Self.overviewPage),
        Route(.get, "/evaluation/import", .web, .permission(.writeIndicators), Self.importPage),
        Route(.post, "/evaluation/import", .web, .permission(.writeIndicators), Self.importValuesFromPage),
        Route(.get, "/evaluation/framework", .web, .permission(.readIndicators), Self.frameworkPage),
        Route(.get, "/evaluation/problems", .web, .permission(.readIndicators), Self.problemsPage),
        Route(.get, "/evaluation/problems/export", .web, .permission(.readIndicators), Self.exportProblems),
        Route(.post, "/evaluation/problems/:id", .web, .permission(.writeIndicators), Self.moveProblemForm),
        Route(.get, "/evaluation/:code", .web, .permission(.readIndicators), Self.regionPage),
        Route(.get, "/evaluation/:code/report", .web, .permission(.readIndicators), Self.reportPage),
    ]

    let evaluation: EvaluationService
    let pages: WebPages

    var store: Store { evaluation.store }
    var catalogue: MessageCatalogue { pages.catalogue }

    /// The `period` query parameter: a year.
    static func period(_ request: Request) throws(OasisError) -> Int? {
        guard let text = RequestParameters.text(request, "period") else { return nil }
        guard let period = Int(text) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "period must be a year such as 2025.", details: [.init(field: "period", reason: "\"\(text)\"")])
        }
        return period
    }
}
