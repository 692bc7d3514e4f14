import HTTPTypes
import Hummingbird
import OasisCore
import OasisImport
import OasisServices

/// The import page's upload: the API's import, with every problem's place and reason worded in the page's language;
/// with `?marked=1` a refused file comes back as XLSX with its bad cells marked.
extension EvaluationRoutes {
    func importValuesFromPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try pages.checkCSRF(request.headers[HTTPField.Name("X-CSRF-Token")!], context)
        let language = context.language
        return try await ImportRefusal(catalogue: catalogue, store: store, foldsPlace: true).run(
            request, context, language: language, defaultName: "upload"
        ) {
            upload in
            var outcome = try await evaluation.importValues(
                upload.bytes, fileName: upload.fileName, acceptValid: upload.acceptValid, by: context.principal)
            outcome.problems = outcome.problems.map { ValueProblemText.localized($0, in: language, catalogue: catalogue) }
            return JSONBody(outcome, status: outcome.record == nil ? .ok : .created)
        }
    }
}
