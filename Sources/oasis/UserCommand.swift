import ArgumentParser
import Foundation
import Logging
import OasisCore
import OasisCredentials
import OasisServices
import OasisStore

/// `oasis user create|list|token|…`: manage accounts from the server's console (acts as the system).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, list, disable, enable and change users; reset passwords; sign users out; issue, list, expire and revoke API tokens.",
        subcommands: [
            Create.self, List.self, Token.self, Disable.self, Enable.self, ResetPassword.self, Update.self, Tokens.self, RevokeToken.self,
            ExpireToken.self, SignOut.self,
        ]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Login name (letters, digits, . _ -).") var username: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
        @Option(help: "Display name (default: the username).") var displayName: String?
        @Option(name: .customLong("region"), help: "Limit the scope to this region and below (repeatable).") var regions: [String] = []
        @Option(name: .customLong("unit"), help: "Limit the scope to this unit (repeatable).") var units: [String] = []
        @Flag(help: "Read the password from standard input instead of generating a one-time password.") var passwordStdin = false
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard Role(rawValue: role) != nil else {
                throw ValidationError("Unknown role \"\(role)\"; use one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            _ = try UserCommand.scope(regions: regions, units: units)
        }

        func run() async throws {
            let configuration = try storeOptions.resolve()
            let oneTime = !passwordStdin
            let password = passwordStdin ? (readLine(strippingNewline: true) ?? "") : "otp-" + UUID().uuidString.lowercased().prefix(18)
            let scope = try UserCommand.scope(regions: regions, units: units)
            let user = try await storeOptions.withStore(configuration) { store in
                try await IdentityService(store: store, hasher: PasswordHasher(cost: configuration.bcryptCost)).createUser(
                    username: username, displayName: displayName, role: Role(rawValue: role) ?? .analyst, scope: scope,
                    password: password, mustChangePassword: oneTime, by: .system
                )
            }
            let result = UserWithPassword(user: user, oneTimePassword: oneTime ? password : nil)
            try output.emit(result) {
                "created user \(user.username) (id \(user.id), role \(user.role.rawValue))"
                    + (oneTime ? "\none-time password (shown once; change it at first sign-in): \(password)" : "")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let users = try await storeOptions.withStore { store in try await store.users.list(for: .system) }
            try output.emit(users) {
                let rows = users.map { user in
                    let scope =
                        user.scope.coversAllRegions && user.scope.coversAllUnits
                        ? "*" : (user.scope.regions.map(\.rawValue) + user.scope.units).joined(separator: ",")
                    return [
                        String(user.id), user.username, user.role.rawValue, scope,
                        user.disabled ? "disabled" : (user.mustChangePassword ? "must change password" : "active"),
                    ]
                }
                return TextTable.render(header: ["id", "username", "role", "scope", "status"], rows: rows)
            }
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue an API token for a user (printed once).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The user the token acts as.") var username: String
        @Option(help: "What the token is for, e.g. the machine's name.") var name: String = "cli"
        @Option(help: "Days until the token expires, 1–3650 (default: tokenLifetimeDays, $OASIS_TOKEN_LIFETIME_DAYS).") var expiresInDays: Int?
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let issued = try await UserCommand.withUser(storeOptions, username) { identity, user in
                let issued = try await identity.issueToken(for: user.id, name: name, lifetimeDays: expiresInDays, by: .system)
                return IssuedToken(id: issued.id, username: user.username, name: name, token: issued.token, expiresAt: issued.expiresAt)
            }
            try output.emit(issued) { issued.token }
        }
    }
}
