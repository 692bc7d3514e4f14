import Foundation

/// A person or machine account of Oasis.
public struct User: Codable, Sendable, Hashable {
    public var id: Int64
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: AccessScope
    public var mustChangePassword: Bool
    public var disabled: Bool
    public var createdAt: Date

    public init(
        id: Int64, username: String, displayName: String, role: Role, scope: AccessScope,
        mustChangePassword: Bool = false, disabled: Bool = false, createdAt: Date
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.mustChangePassword = mustChangePassword
        self.disabled = disabled
        self.createdAt = createdAt
    }

    /// Usernames are 2–64 characters of letters, digits, `.`, `_` and `-`, starting with a letter or digit.
    public static func validateUsername(_ username: String) throws(OasisError) {
        let allowed = username.unicodeScalars.allSatisfy {
            ($0.value < 128 && (CharacterSet.alphanumerics.contains($0))) || "._-".unicodeScalars.contains($0)
        }
        guard (2...64).contains(username.count), allowed, username.first.map({ $0.isLetter || $0.isNumber }) == true else {
            throw OasisError.invalid(
                code: "username_invalid",
                message: "A username has 2–64 characters: ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.",
                details: [.init(field: "username", reason: "got \"\(username)\"")]
            )
        }
    }

    /// Passwords need at least 10 characters.
    public static func validatePassword(_ password: String) throws(OasisError) {
        guard password.count >= 10 else {
            throw OasisError.invalid(
                code: "password_too_short", message: "A password needs at least 10 characters.",
                details: [.init(field: "password", reason: "has \(password.count) characters")]
            )
        }
    }
}
