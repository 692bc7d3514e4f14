/// One entry of GeoReport v2's error list: a code (usually the HTTP status) and a description for people.
public struct Open311Error: Sendable, Equatable {
    public var code: Int
    public var description: String

    public init(code: Int, description: String) {
        self.code = code
        self.description = description
    }

    public var node: Open311Node { .object([("code", .number(String(code))), ("description", .text(description))]) }

    /// The HTTP status GeoReport wants for an Oasis error: 403 for a missing or wrong api_key, 404 for
    /// something that does not exist, 413 for a body over the limit, 415 for a body that is not a form, 429 when
    /// rate-limited, 400 for everything else a client can fix (500 and 503 kept as they are).
    public static func httpStatus(for error: OasisError) -> Int {
        switch error.kind {
        case .unauthenticated, .forbidden: 403
        case .notFound: 404
        case .internal: 500
        case .unavailable: 503
        case .tooManyRequests: 429
        case .tooLarge: 413
        case .unsupportedMediaType: 415
        default: 400
        }
    }

    /// The error list for an Oasis error: one entry per detail (naming its field), or the message alone.
    public static func list(for error: OasisError) -> [Open311Error] {
        let status = httpStatus(for: error)
        guard !error.details.isEmpty else { return [Open311Error(code: status, description: error.message)] }
        return error.details.map { Open311Error(code: status, description: $0.description) }
    }

    /// The `<errors>` response.
    public static func document(_ errors: [Open311Error]) -> Open311Document {
        Open311Document(root: "errors", body: .list(item: "error", errors.map(\.node)))
    }
}
