import HTTPTypes
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

extension OasisError.Kind {
    /// The HTTP status an error of this kind becomes at the edge.
    var status: HTTPResponse.Status {
        switch self {
        case .invalid: .badRequest
        case .unauthenticated: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .tooManyRequests: .tooManyRequests
        case .unavailable: .serviceUnavailable
        case .internal: .internalServerError
        }
    }
}

extension OasisError {
    /// Any error as an OasisError, so that it can be shown in one shape. Unknown errors become a 500
    /// whose message reveals nothing internal.
    static func from(_ error: any Error) -> OasisError {
        switch error {
        case let error as OasisError:
            return error
        case let error as StoreError:
            return error.asOasisError
        case let error as DecodingError:
            return .invalid(
                code: "invalid_json", message: "The request body is not the JSON this route expects.",
                details: [DecodingErrorDetail.detail(error)])
        case let error as any HTTPResponseError:
            switch error.status {
            case .notFound:
                return OasisError(kind: .notFound, code: "not_found", message: "There is no such route or record.")
            case .contentTooLarge:
                return OasisError(kind: .tooLarge, code: "body_too_large", message: "The request body is larger than this server accepts.")
            case .methodNotAllowed:
                return OasisError(kind: .invalid, code: "method_not_allowed", message: "This route does not accept that method.")
            case .unauthorized:
                return .unauthenticated
            case .forbidden:
                return .forbidden()
            default:
                let message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
                let kind: Kind = error.status.code >= 500 ? .internal : .invalid
                return OasisError(kind: kind, code: "http_\(error.status.code)", message: message)
            }
        default:
            return OasisError(kind: .internal, code: "internal", message: "An internal error occurred; it has been logged with the request id.")
        }
    }
}
