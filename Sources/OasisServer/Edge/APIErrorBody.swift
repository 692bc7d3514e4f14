import OasisCore
import OasisServices

/// The JSON error shape of every API: `{"error":{"code":…,"message":…,"details":[…],"requestId":…}}`.
struct APIErrorBody: Codable, Sendable {
    struct Payload: Codable, Sendable {
        var code: String
        var message: String
        var details: [OasisError.Detail]
        var requestId: String?
    }

    var error: Payload
}
