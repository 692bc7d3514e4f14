import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// How the import routes answer a refused file: its message and problems worded in the language asked for (the page's
/// language; for the API `?lang=`, the language cookie or `Accept-Language`, else the English text as before), or,
/// with `?marked=1`, the file itself as XLSX with each bad cell filled red and the messages in an added last column
/// (422; the file is the upload, so the upload limit bounds it).
struct ImportRefusal {
    let catalogue: MessageCatalogue
    let workbooks: ImportWorkbooks
    /// Whether a problem's place is folded into its `field` as words (the page's table) or kept as `line`, `row`
    /// and `column` (the API's contract).
    let foldsPlace: Bool

    init(catalogue: MessageCatalogue, store: Store, foldsPlace: Bool) {
        self.catalogue = catalogue
        self.workbooks = ImportWorkbooks(store: store, catalogue: catalogue)
        self.foldsPlace = foldsPlace
    }

    /// Reads the upload and runs the import; a refusal comes back as described above.
    func run<Output: Encodable>(
        _ request: Request, _ context: OasisRequestContext, language: Language?, defaultName: String,
        _ importing: (TableUpload) async throws -> JSONBody<Output>
    ) async throws -> Response {
        var upload: TableUpload?
        do {
            let read = try await TableUpload.read(request, context: context, defaultName: defaultName)
            upload = read
            return try await importing(read).response(from: request, context: context)
        } catch let error as OasisError where error.kind != .internal && error.kind != .unavailable {
            if RequestParameters.flag(request, "marked"), error.kind == .invalid, let upload,
                let bytes = workbooks.marked(upload.bytes, fileName: upload.fileName, refusal: error, language: language ?? context.language)
            {
                return Response(
                    status: HTTPResponse.Status(code: 422),
                    headers: [.contentType: TableUpload.xlsxType, .contentDisposition: "attachment; filename=\"\(defaultName)-errors.xlsx\""],
                    body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
            }
            guard let language else { throw error }
            throw worded(error, in: language)
        }
    }

    /// The language an API request asks for: `?lang=`, the language cookie, `Accept-Language`; nil when none.
    static func askedLanguage(_ request: Request) -> Language? {
        RequestContextResolver.requestedLanguage(request)
            ?? request.cookies[CookieNames.language].flatMap { Language(tag: $0.value) }
            ?? Language.negotiate(acceptLanguage: request.headers[.acceptLanguage])
    }

    /// The refusal in `language`: its message, and each problem's reason (and place, when folded).
    func worded(_ error: OasisError, in language: Language) -> OasisError {
        var worded = error
        worded.details = error.details.map { detail in
            if foldsPlace { return ValueProblemText.localized(detail, in: language, catalogue: catalogue) }
            var localized = detail
            localized.reason = ValueProblemText.reason(detail.reason, in: language, catalogue: catalogue)
            return localized
        }
        switch (error.code, error.kind) {
        case ("value_file_invalid", _), ("project_file_invalid", _):
            worded.message = catalogue.text("import_refused_count", language, String(error.details.count))
        case ("csv_encoding_unknown", _): worded.message = catalogue.text("import_refused_encoding", language)
        case (_, .forbidden): worded.message = catalogue.text("error_forbidden", language)
        default:
            if foldsPlace || error.kind == .invalid { worded.message = catalogue.text("import_refused_file", language) }
        }
        return worded
    }
}
