import Foundation
import OasisCore

/// A change about to be written to the audit log, before it is numbered and chained.
public struct AuditChange: Sendable {
    public var action: String
    public var entityType: String
    public var entityID: String
    public var regionCode: String?
    public var beforeJSON: String?
    public var afterJSON: String?

    public init<Before: Encodable, After: Encodable>(
        action: String, entityType: String, entityID: String, regionCode: String? = nil,
        before: Before?, after: After?
    ) {
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.regionCode = regionCode
        if let before { beforeJSON = Self.json(before) } else { beforeJSON = nil }
        if let after { afterJSON = Self.json(after) } else { afterJSON = nil }
    }

    /// JSON with sorted keys and ISO-8601 dates (the store's column form), so the same value always hashes the same.
    static func json<T: Encodable>(_ value: T) -> String? { JSONColumn.text(value) }
}

/// Stands for "no state" on one side of an audit change (creation or deletion).
public struct NoState: Encodable, Sendable {}
