import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisCredentials
import OasisServices
import OasisStore

/// `oasis user disable|enable|reset-password|update|tokens|revoke-token`: an account's life after creation, from the
/// server's console (acts as the system; every change is audited).
extension UserCommand {
    /// Opens the store, finds the user by name and runs `body`; the store is closed on every path.
    static func withUser<T>(
        _ storeOptions: StoreOptions, _ username: String,
        _ body: (IdentityService, User) async throws -> T
    ) async throws -> T {
        let configuration = try storeOptions.resolve()
        return try await storeOptions.withStore(configuration) { store in
            guard let (user, _) = try await store.users.credentials(username: username) else {
                throw CLIError("No user named \(username). / 没有名为 \(username) 的用户。")
            }
            let identity = IdentityService(
                store: store, hasher: PasswordHasher(cost: configuration.bcryptCost),
                tokenLifetimeDays: configuration.tokenLifetimeDays, passwordHistory: configuration.passwordHistory)
            return try await body(identity, user)
        }
    }

    /// The scope of `--region` and `--unit` options; a malformed region code is a usage error naming the option.
    static func scope(regions: [String], units: [String]) throws -> AccessScope {
        AccessScope(
            regions: try regions.map { code in
                do { return try RegionCode(code) } catch let error as OasisError { throw ValidationError("--region \(code): \(error.message)") }
            }, units: units)
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user: its sessions end and its API tokens are refused.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user to disable.") var username: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let user = try await UserCommand.withUser(storeOptions, username) { identity, user in
                try await identity.store.users.setDisabled(userID: user.id, true, by: .system)
            }
            try output.emit(user) { "disabled user \(user.username); its sessions ended and its tokens are refused / 已停用用户 \(user.username)" }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled user again.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user to enable.") var username: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let user = try await UserCommand.withUser(storeOptions, username) { identity, user in
                try await identity.store.users.setDisabled(userID: user.id, false, by: .system)
            }
            try output.emit(user) { "enabled user \(user.username) / 已启用用户 \(user.username)" }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password", abstract: "Give a user a one-time password (printed once) and end its sessions."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user whose password is reset.") var username: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let reset = try await UserCommand.withUser(storeOptions, username) { identity, user in
                let reset = try await identity.resetPassword(userID: user.id, by: .system)
                return UserWithPassword(user: reset.user, oneTimePassword: reset.oneTimePassword)
            }
            let (name, password) = (reset.user.username, reset.oneTimePassword ?? "")
            try output.emit(reset) {
                "one-time password for \(name) (shown once; change it at the next sign-in): \(password)\n"
                    + "\(name) 的一次性密码（仅显示一次，下次登录后须修改）：\(password)"
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a user's role and/or scope; its sessions end.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user to change.") var username: String
        @Option(help: "New role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String?
        @Option(name: .customLong("region"), help: "New scope: this region and below (repeatable; replaces the scope).") var regions: [String] = []
        @Option(name: .customLong("unit"), help: "New scope: this unit (repeatable; replaces the scope).") var units: [String] = []
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let role, Role(rawValue: role) == nil {
                throw ValidationError("Unknown role \"\(role)\"; use one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            guard role != nil || !regions.isEmpty || !units.isEmpty else {
                throw ValidationError("Give --role, --region or --unit.")
            }
            _ = try UserCommand.scope(regions: regions, units: units)
        }

        func run() async throws {
            let scope = regions.isEmpty && units.isEmpty ? nil : try UserCommand.scope(regions: regions, units: units)
            let updated = try await UserCommand.withUser(storeOptions, username) { identity, user in
                try await identity.store.users.update(userID: user.id, role: role.flatMap(Role.init(rawValue:)), scope: scope, by: .system)
            }
            let shown = updated.scope.regions.map(\.rawValue) + updated.scope.units
            try output.emit(updated) {
                "updated user \(updated.username): role \(updated.role.rawValue), scope \(shown.isEmpty ? "*" : shown.joined(separator: ","))"
            }
        }
    }

    struct Tokens: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a user's API tokens (never their secrets).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user whose tokens are listed.") var username: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let tokens = try await UserCommand.withUser(storeOptions, username) { identity, user in
                try await identity.store.tokens.list(userID: user.id).map { APITokenView($0) }
            }
            try output.emit(tokens) {
                TextTable.render(header: ["id", "name", "created", "last used", "expires", "status"], rows: tokens.map(\.cells))
            }
        }
    }

    struct RevokeToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke-token", abstract: "Revoke one of a user's API tokens.")
        @OptionGroup var token: TokenSelection
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let revoked = try await token.apply { tokens, userID, tokenID, _ in try await tokens.revoke(userID: userID, tokenID: tokenID, by: .system)
            }
            try output.emit(revoked) { "revoked token \(revoked.id) (\(revoked.name)) of \(token.username) / 已吊销令牌 \(revoked.id)" }
        }
    }
}

extension UserCommand {
    struct ExpireToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expire-token", abstract: "Make one of a user's API tokens expire now (audited).")
        @OptionGroup var token: TokenSelection
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let expired = try await token.apply { tokens, userID, tokenID, now in
                try await tokens.expire(userID: userID, tokenID: tokenID, at: now, by: .system)
            }
            try output.emit(expired) {
                "token \(expired.id) (\(expired.name)) of \(token.username) is \(expired.status) / 令牌 \(expired.id) 已到期"
            }
        }
    }

    struct SignOut: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sign-out", abstract: "Sign a user out everywhere: every web session of the user ends (audited).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user to sign out.") var username: String
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let ended = try await UserCommand.withUser(storeOptions, username) { identity, user in
                SessionsEndedResult(username: user.username, sessionsEnded: try await identity.store.users.endSessions(userID: user.id, by: .system))
            }
            try output.emit(ended) { "signed \(username) out everywhere: \(ended.sessionsEnded) session(s) ended / 已结束 \(ended.sessionsEnded) 个会话" }
        }
    }
}
