import OasisCore

/// A failure of the store itself, normalised across SQLite and PostgreSQL.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A UNIQUE or PRIMARY KEY constraint rejected the write.
        case uniqueViolation
        /// A FOREIGN KEY, CHECK or NOT NULL constraint rejected the write.
        case constraintViolation
        /// The database cannot be reached or opened.
        case unavailable
        /// The database was written by a newer Oasis.
        case schemaTooNew
        /// Another writer holds a lock longer than this write may wait (SQLite busy or locked, a PostgreSQL lock
        /// timeout, deadlock or serialisation failure): nothing was written, and the same write may succeed later.
        case busy
        case other
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The code of a write refused because another writer held the lock too long (503 with `Retry-After`).
    public static let busyCode = "store_busy"

    /// The error as Oasis presents it to callers.
    public var asOasisError: OasisError {
        switch kind {
        case .uniqueViolation: .conflict(code: "already_exists", message: "A record with the same key already exists.")
        case .constraintViolation: .invalid(code: "constraint_violation", message: message)
        case .unavailable: OasisError(kind: .unavailable, code: "store_unavailable", message: message, retryAfterSeconds: 2)
        case .schemaTooNew: OasisError(kind: .unavailable, code: "schema_too_new", message: message)
        case .busy: OasisError(kind: .unavailable, code: Self.busyCode, message: message, retryAfterSeconds: 2)
        case .other: OasisError(kind: .internal, code: "store_error", message: message)
        }
    }
}
