import HummingbirdBcrypt
import NIOConcurrencyHelpers
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

    /// A hash at this hasher's cost, compared against when the username is unknown, so that a sign-in
    /// with an unknown name costs what one with a known name (hashed at the configured cost) does and the
    /// response time does not reveal which usernames exist. Made once per cost, on the thread pool.
    public func decoy() async throws -> String {
        if let known = Self.decoys.withLockedValue({ $0[cost] }) { return known }
        let made = try await hash(SecretToken.generate())
        return Self.decoys.withLockedValue { decoys in
            if let raced = decoys[cost] { return raced }
            decoys[cost] = made
            return made
        }
    }

    private static let decoys = NIOLockedValueBox<[UInt8: String]>([:])
}
