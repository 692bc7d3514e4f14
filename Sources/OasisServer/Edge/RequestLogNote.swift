import NIOConcurrencyHelpers
import OasisServices

/// What a handler tells the edge's request log after the fact: the user an Open311 `api_key` named, which
/// the edge could not know when it filled the context. One per request; written at most a few times.
final class RequestLogNote: Sendable {
    private let user = NIOLockedValueBox<String?>(nil)

    var username: String? { user.withLockedValue { $0 } }

    func record(username: String) { user.withLockedValue { $0 = username } }
}
