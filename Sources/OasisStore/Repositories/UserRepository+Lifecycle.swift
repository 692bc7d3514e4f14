import Foundation
import OasisCore

/// An account's life after creation: disable and enable, reset the password, change role and scope. Each change
/// ends the user's web sessions in the same transaction (so new rights, or none, apply at once), and is audited
/// with the user before and after. Only a user manager whose scope holds the whole of the user's scope may act.
extension UserRepository {
    /// Disables or enables a user. A disabled user's sessions are deleted and its tokens are refused.
    public func setDisabled(userID: Int64, _ disabled: Bool, by access: StoreAccess) async throws -> User {
        let before = try await manageable(userID: userID, by: access)
        if disabled { try await requireNotLastAdministrator(before, action: "disable") }
        var after = before
        after.disabled = disabled
        try await write(before: before, after: after, action: disabled ? "user.disable" : "user.enable", by: access) { tx in
            try await tx.execute("UPDATE users SET disabled = ? WHERE id = ?", [SQLValue(disabled), .int(userID)])
        }
        return after
    }

    /// Replaces the password with a one-time one (already hashed) that must be changed at the next sign-in. The replaced
    /// hash joins the user's password history, of which the newest `keepingHistory` are kept.
    public func resetPassword(userID: Int64, oneTimePasswordHash: String, keepingHistory: Int = 0, by access: StoreAccess) async throws -> User {
        let before = try await manageable(userID: userID, by: access)
        var after = before
        after.mustChangePassword = true
        let now = clock.now()
        try await write(before: before, after: after, action: "user.password_reset", by: access) { tx in
            try await Self.keepReplacedHash(userID: userID, keep: keepingHistory, at: now, on: tx)
            try await tx.execute(
                "UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?",
                [.text(oneTimePasswordHash), .int(userID)])
        }
        return after
    }

    /// Changes a user's role and/or scope; a new scope must lie inside the access's own.
    public func update(userID: Int64, role: Role?, scope: AccessScope?, by access: StoreAccess) async throws -> User {
        let before = try await manageable(userID: userID, by: access)
        if let scope { try await requireGrantable(scope, by: access) }
        if let role, role != .admin { try await requireNotLastAdministrator(before, action: "demote") }
        var changed = before
        changed.role = role ?? before.role
        changed.scope = scope ?? before.scope
        let after = changed
        try await write(before: before, after: after, action: "user.update", by: access) { tx in
            try await tx.execute("UPDATE users SET role = ? WHERE id = ?", [.text(after.role.rawValue), .int(userID)])
            if let scope {
                try await tx.execute("DELETE FROM user_scopes WHERE user_id = ?", [.int(userID)])
                try await Self.writeScope(scope, userID: userID, on: tx)
            }
        }
        return try await resolve(id: userID) ?? after
    }

    /// The user, when the access's scope (asked for `manage_users`) holds the user's whole scope: 404 for an unknown
    /// user, 403 for one outside the scope.
    public func manageable(userID: Int64, by access: StoreAccess) async throws -> User {
        guard let user = try await resolve(id: userID) else { throw OasisError.notFound("User", String(userID)) }
        guard !access.scope.coversAllRegions else { return user }
        if user.scope.coversAllRegions {
            throw OasisError.forbidden("User \(user.username) has a scope wider than yours.")
        }
        for code in user.scope.regions {
            let path = try await database.first("SELECT path FROM regions WHERE code = ?", [.text(code.rawValue)])?.string("path")
            try RegionRepository.requireScope(access.scope, path: path ?? "", code: code)
        }
        return user
    }

    /// Refuses (409) to disable or demote the last active administrator.
    func requireNotLastAdministrator(_ user: User, action: String) async throws {
        guard user.role == .admin, !user.disabled, try await countAdmins() <= 1 else { return }
        throw OasisError.conflict(
            code: "last_administrator",
            message:
                "User \(user.username) is the last active administrator and cannot be \(action == "disable" ? "disabled" : "demoted"); make another administrator first."
        )
    }

    /// Runs the change, ends the user's sessions and appends the audit entry, in one transaction.
    private func write(
        before: User, after: User, action: String, by access: StoreAccess,
        _ change: @escaping @Sendable (any SQLExecutor) async throws -> Void
    ) async throws {
        let audit = self.audit
        try await database.transaction { tx in
            try await change(tx)
            try await tx.execute("DELETE FROM sessions WHERE user_id = ?", [.int(before.id)])
            try await audit.append(
                AuditChange(
                    action: action, entityType: "user", entityID: String(before.id), regionCode: after.scope.regions.first?.rawValue,
                    before: AuditView(before), after: AuditView(after)),
                by: access, on: tx
            )
        }
    }
}

extension UserRepository {
    /// Signs the user out everywhere: every web session of the user ends (audited). The user may do this to
    /// themself, a user manager to anyone in scope. Returns how many sessions ended.
    public func endSessions(userID: Int64, by access: StoreAccess) async throws -> Int {
        if access.userID != userID { _ = try await manageable(userID: userID, by: access) }
        let audit = self.audit
        return try await database.transaction { tx in
            let count = Int(try await tx.first("SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?", [.int(userID)])?.int("n") ?? 0)
            try await tx.execute("DELETE FROM sessions WHERE user_id = ?", [.int(userID)])
            try await audit.append(
                AuditChange(
                    action: "user.sessions_end", entityType: "user", entityID: String(userID),
                    before: ["sessions": count], after: ["sessions": 0]),
                by: access, on: tx
            )
            return count
        }
    }
}
