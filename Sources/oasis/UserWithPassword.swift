import OasisCore

/// A user a command created or whose password it reset, with the one-time password when there is one
/// (shown once: the store keeps only its hash).
struct UserWithPassword: Encodable {
    var user: User
    var oneTimePassword: String?
}
