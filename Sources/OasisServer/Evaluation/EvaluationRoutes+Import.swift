import HTTPTypes
import Hummingbird
import OasisCore
import OasisImport
import OasisServices

/// The import page's upload: the API's import, with every problem's place and reason worded in the page's language.
extension EvaluationRoutes {
    func importValuesFromPage(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ValueImportOutcome> {
        try pages.checkCSRF(request.headers[HTTPField.Name("X-CSRF-Token")!], context)
        let language = context.language
        do {
            let upload = try await TableUpload.read(request, context: context, defaultName: "upload")
            var outcome = try await evaluation.importValues(
                upload.bytes, fileName: upload.fileName, acceptValid: upload.acceptValid, by: context.principal)
            outcome.problems = outcome.problems.map { ValueProblemText.localized($0, in: language, catalogue: catalogue) }
            return JSONBody(outcome, status: outcome.record == nil ? .ok : .created)
        } catch let error as OasisError where error.kind != .internal && error.kind != .unavailable {
            var worded = error
            worded.details = error.details.map { ValueProblemText.localized($0, in: language, catalogue: catalogue) }
            switch (error.code, error.kind) {
            case ("value_file_invalid", _): worded.message = catalogue.text("import_refused_count", language, String(error.details.count))
            case ("csv_encoding_unknown", _): worded.message = catalogue.text("import_refused_encoding", language)
            case (_, .forbidden): worded.message = catalogue.text("error_forbidden", language)
            default: worded.message = catalogue.text("import_refused_file", language)
            }
            throw worded
        }
    }
}
