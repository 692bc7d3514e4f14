import Foundation
import OasisCore

/// Users and their scopes. Passwords arrive already hashed; this type never sees a clear password.
public struct UserRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// What the audit log records of a user (never the password hash).
    struct AuditView: Encodable {
        var username: String
        var displayName: String
        var role: String
        var scope: AccessScope
        var disabled: Bool
        init(_ user: User) {
            username = user.username
            displayName = user.displayName
            role = user.role.rawValue
            scope = user.scope
            disabled = user.disabled
        }
    }

    /// Creates a user. The creator (asked for `manage_users`) can only hand out scopes inside
    /// its own.
    public func create(
        username: String, displayName: String, role: Role, scope: AccessScope, passwordHash: String,
        mustChangePassword: Bool, by access: StoreAccess
    ) async throws -> User {
        try User.validateUsername(username)
        try await requireGrantable(scope, by: access)
        let now = clock.now()
        let audit = self.audit
        do {
            return try await database.transaction { tx in
                let id = try await tx.insertReturningID(
                    """
                    INSERT INTO users (username, display_name, role, password_hash, must_change_password, disabled, created_at)
                    VALUES (?, ?, ?, ?, ?, 0, ?)
                    """,
                    [.text(username), .text(displayName), .text(role.rawValue), .text(passwordHash), SQLValue(mustChangePassword), SQLValue(now)]
                )
                try await Self.writeScope(scope, userID: id, on: tx)
                let user = User(
                    id: id, username: username, displayName: displayName, role: role, scope: scope,
                    mustChangePassword: mustChangePassword, createdAt: now.wholeMilliseconds
                )
                try await audit.append(
                    AuditChange(
                        action: "user.create", entityType: "user", entityID: String(id), regionCode: scope.regions.first?.rawValue,
                        before: NoState?.none, after: AuditView(user)),
                    by: access, on: tx
                )
                return user
            }
        } catch let error as StoreError where error.kind == .uniqueViolation {
            throw OasisError.conflict(code: "username_taken", message: "The username \"\(username)\" is taken.")
        }
    }

    /// Replaces a user's password hash; the user may do this to themself, a user manager to anyone in scope. The replaced
    /// hash joins the user's password history, of which the newest `keepingHistory` are kept.
    public func setPassword(
        userID: Int64, passwordHash: String, mustChange: Bool, keepingHistory: Int = 0, by access: StoreAccess
    ) async throws {
        guard let user = try await get(id: userID, for: access) else { throw OasisError.notFound("User", String(userID)) }
        let audit = self.audit
        let now = clock.now()
        try await database.transaction { tx in
            try await Self.keepReplacedHash(userID: userID, keep: keepingHistory, at: now, on: tx)
            try await tx.execute(
                "UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?",
                [.text(passwordHash), SQLValue(mustChange), .int(userID)]
            )
            try await audit.append(
                AuditChange(
                    action: "user.password", entityType: "user", entityID: String(userID), regionCode: user.scope.regions.first?.rawValue,
                    before: NoState?.none, after: ["mustChangePassword": mustChange]),
                by: access, on: tx
            )
        }
    }

    /// Users the access may see: all for an unscoped manager; otherwise users whose every region
    /// lies inside the access's scope.
    public func list(for access: StoreAccess) async throws -> [User] {
        let rows: [SQLRow]
        if access.scope.coversAllRegions {
            rows = try await database.query("SELECT * FROM users ORDER BY username")
        } else {
            let filter = ScopeFilter(access: access, column: "s.value")
            rows = try await database.query(
                """
                SELECT * FROM users u
                WHERE EXISTS (SELECT 1 FROM user_scopes s WHERE s.user_id = u.id AND s.kind = 'region')
                  AND NOT EXISTS (SELECT 1 FROM user_scopes s WHERE s.user_id = u.id AND s.kind = 'region' AND NOT (\(filter.sql)))
                ORDER BY username
                """, filter.binds)
        }
        return try await users(from: rows)
    }

    /// One user, if the access may see it (itself, or a user inside its scope).
    public func get(id: Int64, for access: StoreAccess) async throws -> User? {
        if access.userID != id {
            return try await list(for: access).first { $0.id == id }
        }
        guard let row = try await database.first("SELECT * FROM users WHERE id = ?", [.int(id)]) else { return nil }
        return try await users(from: [row]).first
    }

    /// The user and password hash for a sign-in attempt. Only the authentication code calls this.
    public func credentials(username: String) async throws -> (user: User, passwordHash: String)? {
        guard let row = try await database.first("SELECT * FROM users WHERE username = ?", [.text(username)]) else { return nil }
        guard let user = try await users(from: [row]).first else { return nil }
        return (user, try row.string("password_hash"))
    }

    /// A user by id without scope checks, for resolving a session or token.
    public func resolve(id: Int64) async throws -> User? {
        guard let row = try await database.first("SELECT * FROM users WHERE id = ?", [.int(id)]) else { return nil }
        return try await users(from: [row]).first
    }

    public func countAdmins() async throws -> Int {
        Int(try await database.first("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0")?.int("n") ?? 0)
    }

    func requireGrantable(_ scope: AccessScope, by access: StoreAccess) async throws {
        for code in scope.regions {
            guard let row = try await database.first("SELECT path FROM regions WHERE code = ?", [.text(code.rawValue)]) else {
                throw OasisError.invalid(
                    code: "region_unknown", message: "Unknown region \(code) in the scope.",
                    details: [.init(field: "scope.regions", reason: "unknown region \(code)")])
            }
            try RegionRepository.requireScope(access.scope, path: try row.string("path"), code: code)
        }
        if scope.coversAllRegions, !access.scope.coversAllRegions {
            throw OasisError.forbidden("You cannot give a user a scope wider than yours.")
        }
    }

    static func writeScope(_ scope: AccessScope, userID: Int64, on tx: any SQLExecutor) async throws {
        for region in scope.regions {
            try await tx.execute("INSERT INTO user_scopes (user_id, kind, value) VALUES (?, 'region', ?)", [.int(userID), .text(region.rawValue)])
        }
        for unit in scope.units {
            try await tx.execute("INSERT INTO user_scopes (user_id, kind, value) VALUES (?, 'unit', ?)", [.int(userID), .text(unit)])
        }
    }

    func users(from rows: [SQLRow]) async throws -> [User] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { SQLValue.int(try $0.int("id")) }
        let marks = Placeholders.list(ids.count)
        let scopeRows = try await database.query(
            "SELECT user_id, kind, value FROM user_scopes WHERE user_id IN (\(marks)) ORDER BY value", ids
        )
        var scopes: [Int64: AccessScope] = [:]
        for row in scopeRows {
            let id = try row.int("user_id")
            let value = try row.string("value")
            if try row.string("kind") == "region" {
                scopes[id, default: AccessScope()].regions.append(try RegionCode(value))
            } else {
                scopes[id, default: AccessScope()].units.append(value)
            }
        }
        return try rows.map { row in
            let id = try row.int("id")
            return User(
                id: id, username: try row.string("username"), displayName: try row.string("display_name"),
                role: Role(rawValue: try row.string("role")) ?? .citizen, scope: scopes[id] ?? AccessScope(),
                mustChangePassword: try row.bool("must_change_password"), disabled: try row.bool("disabled"),
                createdAt: try row.date("created_at")
            )
        }
    }
}
