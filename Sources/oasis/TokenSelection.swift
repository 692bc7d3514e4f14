import ArgumentParser
import Foundation
import OasisCore
import OasisServices
import OasisStore

/// The options of a command that acts on one API token of one user: `--username` and `--id`.
struct TokenSelection: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The token's owner.") var username: String
    @Option(help: "The token's id (see `oasis user tokens`).") var id: Int64

    /// Runs `change` on the token repository with the owner's id, this token id and the store's present time, and
    /// returns the token as shown at that time.
    func apply(
        _ change: (ApiTokenRepository, _ userID: Int64, _ tokenID: Int64, _ now: Date) async throws -> ApiTokenSummary
    ) async throws -> APITokenView {
        try await UserCommand.withUser(storeOptions, username) { identity, user in
            let now = identity.store.clock.now()
            return APITokenView(try await change(identity.store.tokens, user.id, id, now), now: now)
        }
    }
}
