import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's thread pool so that hashing (tens to hundreds of milliseconds by design)
/// never blocks the server's event loops or Swift's cooperative threads.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: Int) { self.cost = UInt8(clamping: cost) }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a random password, compared against when the username is unknown, so that the
    /// response time does not reveal which usernames exist.
    static let decoy = Bcrypt.hash("decoy-password-for-unknown-users", cost: 10)
}
