import HTTPTypes
import OasisCore

/// A web form shown again after its input was refused: every value the user typed is kept and each error stands beside
/// its field, in the page's language, with status 422 — never the generic error page.
///
/// How a page adopts it (nothing else is needed):
/// 1. **Handler.** Decode the form, start `var state = FormState(values: ["title": form.title ?? "", …])` (leave
///    secrets such as passwords out of `values`: they are never sent back). For each own check that fails call
///    `state.reject("title", "some_catalogue_key")`. Around the service call, catch the domain error and hand it over:
///    `catch let error as OasisError where state.accepts(error) { state.reject(error) }`. When `state.hasErrors`, render
///    the same template with `data.merging(state.data(catalogue, language)) { $1 }` and `status: state.status`
///    (or use ``WebPages/render(_:title:data:form:current:context:)``).
/// 2. **Template.** Inputs read their value from `{{form.values.NAME}}` and carry
///    `{{#form.errors.NAME}} aria-invalid="true" aria-describedby="NAME-error"{{/form.errors.NAME}}`; right after an input:
///    `{{#form.errors.NAME}}<p class="field-error" id="NAME-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.NAME}}`.
///    Errors that name no field of the form: `{{#form.general}}<p class="error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}`.
/// 3. **Messages.** A domain error is shown as the catalogue message whose key is the error's code (else `error_<code>`);
///    an error with no such message shows `form_error_invalid` ("check this value"), never the service's English text.
///    So add a catalogue key (all three languages) for each domain error code your form can meet.
///    A detail's field is matched to an input by name; `fieldNames` maps API field paths to input names
///    (e.g. `["scope.regions": "regions"]`). An error none of whose details names an input of the form is shown
///    above the form.
struct FormState: Sendable {
    /// What the user typed, by input name (secrets left out).
    var values: [String: String]
    /// The inputs of the form (the keys of `values` plus any secret inputs), for placing a domain error's details.
    var fields: Set<String>
    /// API field path → input name, for domain errors whose details use the API's names.
    var fieldNames: [String: String]
    /// Errors by input name, as catalogue keys with their arguments.
    private(set) var fieldErrors: [String: Message] = [:]
    /// Errors that belong to no single input.
    private(set) var generalErrors: [Message] = []
    /// The status of the page when it is shown again.
    var status: HTTPResponse.Status = .unprocessableContent

    /// A catalogue key with its placeholders' arguments.
    struct Message: Sendable, Equatable {
        var key: MessageKey
        var arguments: [String] = []
    }

    init(values: [String: String] = [:], secretFields: Set<String> = [], fieldNames: [String: String] = [:]) {
        self.values = values
        self.fields = Set(values.keys).union(secretFields)
        self.fieldNames = fieldNames
    }

    var hasErrors: Bool { !fieldErrors.isEmpty || !generalErrors.isEmpty }

    /// An error beside an input (`field` nil: above the form). The first error of a field is the one shown.
    mutating func reject(_ field: String?, _ key: MessageKey, _ arguments: String...) {
        let message = Message(key: key, arguments: arguments)
        guard let field, fields.contains(field) else {
            generalErrors.append(message)
            return
        }
        if fieldErrors[field] == nil { fieldErrors[field] = message }
    }

    /// Whether a thrown error is one the form shows on its own page: refused input (`invalid`) or a `conflict`
    /// (such as a name already taken). Everything else — not found, forbidden, unavailable — keeps its own page.
    func accepts(_ error: OasisError) -> Bool { error.kind == .invalid || error.kind == .conflict }

    /// A domain error placed beside the inputs its details name, in the words of the catalogue (see the type's notes).
    mutating func reject(_ error: OasisError, catalogue: MessageCatalogue = .standard) {
        let key = Self.messageKey(for: error.code, catalogue: catalogue)
        let named = error.details.compactMap { detail in detail.field.map { fieldNames[$0] ?? $0 } }.filter { fields.contains($0) }
        if named.isEmpty {
            reject(nil, key)
        } else {
            for field in named { reject(field, key) }
        }
        if error.kind == .conflict { status = .conflict }
    }

    /// The catalogue key for a domain error code: the code itself, else `error_<code>`, else the generic one.
    static func messageKey(for code: String, catalogue: MessageCatalogue) -> MessageKey {
        for candidate in [code, "error_" + code] where catalogue.contains(MessageKey(candidate)) { return MessageKey(candidate) }
        return "form_error_invalid"
    }

    /// The template data under `form`: `values`, `errors` (by input, in the page's language) and `general`.
    func data(_ catalogue: MessageCatalogue, _ language: Language) -> [String: Any] {
        let text = { (message: Message) in catalogue.text(message.key, language, arguments: message.arguments) }
        return [
            "form": [
                "values": values, "errors": fieldErrors.mapValues(text),
                "general": generalErrors.map(text), "hasErrors": hasErrors,
            ] as [String: Any]
        ]
    }
}
