import Foundation
import OasisServices

extension APITokenView {
    /// The token as a row of `oasis user tokens`' table.
    var cells: [String] {
        [String(id), name, createdAt.formatted(.iso8601), lastUsedAt?.formatted(.iso8601) ?? "-", expiresAt?.formatted(.iso8601) ?? "never", status]
    }
}
