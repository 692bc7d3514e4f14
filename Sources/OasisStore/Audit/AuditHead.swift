/// A point of the audit chain: an event's sequence number and hash.
public struct AuditHead: Sendable, Codable, Equatable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public var description: String { "event \(seq) (hash \(hash))" }
}
