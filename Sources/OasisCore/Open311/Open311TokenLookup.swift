/// The answer to `GET tokens/[token]`: the request id a batch token has become.
public struct Open311TokenLookup: Sendable, Equatable {
    public var serviceRequestID: String
    public var token: String

    public init(serviceRequestID: String, token: String) {
        self.serviceRequestID = serviceRequestID
        self.token = token
    }

    public var node: Open311Node {
        .object([("service_request_id", .text(serviceRequestID)), ("token", .identifier(token))])
    }

    /// The `GET tokens/[token]` response.
    public var document: Open311Document {
        Open311Document(root: "service_requests", body: .list(item: "request", [node]))
    }
}
