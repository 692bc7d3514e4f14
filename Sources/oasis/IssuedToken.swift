import Foundation

/// An API token `oasis user token` issued: its id, owner and name, and the secret (shown once).
struct IssuedToken: Encodable {
    var id: Int64
    var username: String
    var name: String
    var token: String
    var expiresAt: Date
}
