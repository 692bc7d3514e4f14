/// The answer to a POST: the new request's id (realtime services) or a token to exchange for it later
/// (batch services), never both; plus what will happen next, and the submitter's account id.
public struct Open311RequestReceipt: Sendable, Equatable {
    public enum Reference: Sendable, Equatable {
        case serviceRequestID(String)
        case token(String)
    }

    public var reference: Reference
    public var serviceNotice: String?
    public var accountID: String?

    public init(reference: Reference, serviceNotice: String? = nil, accountID: String? = nil) {
        self.reference = reference
        self.serviceNotice = serviceNotice
        self.accountID = accountID
    }

    public var node: Open311Node {
        let first: (String, Open311Node) =
            switch reference {
            case .serviceRequestID(let id): ("service_request_id", .text(id))
            case .token(let token): ("token", .identifier(token))
            }
        return .object([first, ("service_notice", .optionalText(serviceNotice)), ("account_id", .optionalIdentifier(accountID))])
    }

    /// The `POST requests` response.
    public var document: Open311Document {
        Open311Document(root: "service_requests", body: .list(item: "request", [node]))
    }
}
