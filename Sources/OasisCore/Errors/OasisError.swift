/// The one error type that crosses module boundaries: it knows its kind (which becomes the HTTP status
/// at the edge), a stable machine-readable code, a message for people, and details naming the exact
/// field, row, line or column at fault.
public struct OasisError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case invalid
        case unauthenticated
        case forbidden
        case notFound
        case conflict
        case tooLarge
        case unsupportedMediaType
        case tooManyRequests
        case unavailable
        case `internal`
    }

    public var kind: Kind
    public var code: String
    public var message: String
    public var details: [Detail]
    /// For `tooManyRequests` and `unavailable`: seconds the client should wait before trying again
    /// (the edge sends it as `Retry-After`).
    public var retryAfterSeconds: Int?

    public init(kind: Kind, code: String, message: String, details: [Detail] = [], retryAfterSeconds: Int? = nil) {
        self.kind = kind
        self.code = code
        self.message = message
        self.details = details
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String {
        guard !details.isEmpty else { return message }
        return message + "\n" + details.map { "  - " + $0.description }.joined(separator: "\n")
    }

    public static func invalid(code: String, message: String, details: [Detail] = []) -> OasisError {
        OasisError(kind: .invalid, code: code, message: message, details: details)
    }

    public static func notFound(_ what: String, _ id: String) -> OasisError {
        OasisError(kind: .notFound, code: "not_found", message: "\(what) \(id) does not exist.")
    }

    public static func forbidden(_ message: String = "You do not have permission to do this.") -> OasisError {
        OasisError(kind: .forbidden, code: "forbidden", message: message)
    }

    public static let unauthenticated = OasisError(
        kind: .unauthenticated, code: "unauthenticated", message: "Sign in or present a valid API token."
    )

    /// A user signed in with a one-time password may only read who they are, sign out and change the password.
    public static let passwordChangeRequired = OasisError(
        kind: .forbidden, code: "password_change_required",
        message: "You signed in with a one-time password: change it first (POST /api/v1/me/password or /account/password)."
    )

    public static func conflict(code: String, message: String) -> OasisError {
        OasisError(kind: .conflict, code: code, message: message)
    }
}
