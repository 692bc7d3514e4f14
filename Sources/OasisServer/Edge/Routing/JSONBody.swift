import HTTPTypes
import Hummingbird

/// A handler's JSON answer: the value, written with the API's encoder settings (`JSONResponse.encoder`), and
/// its status.
struct JSONBody<Value: Encodable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONResponse.encode(value, status: status)
    }
}
