import Foundation

/// One value bound to or read from a SQL statement, in the types both stores share.
///
/// Oasis schemas use only BIGINT, DOUBLE PRECISION, TEXT and BYTEA/BLOB so that a value means the same
/// on SQLite and PostgreSQL; booleans are 0/1 and instants are Unix milliseconds (UTC).
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])

    public init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
    public init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }
    public init(_ value: Int64?) { self = value.map(SQLValue.int) ?? .null }
    public init(_ value: Double?) { self = value.map(SQLValue.double) ?? .null }
    public init(_ value: Bool) { self = .int(value ? 1 : 0) }
    public init(_ value: Date) { self = .int(Int64((value.timeIntervalSince1970 * 1000).rounded())) }
    public init(_ value: Date?) { self = value.map { SQLValue($0) } ?? .null }

    public var isNull: Bool { if case .null = self { true } else { false } }

    public var int64: Int64? {
        switch self {
        case .int(let value): value
        case .double(let value): Int64(exactly: value.rounded()) ?? nil
        case .text(let value): Int64(value)
        case .null, .blob: nil
        }
    }

    public var double: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        case .text(let value): Double(value)
        case .null, .blob: nil
        }
    }

    public var string: String? {
        switch self {
        case .text(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .blob(let bytes): String(decoding: bytes, as: UTF8.self)
        case .null: nil
        }
    }

    public var date: Date? { int64.map { Date(timeIntervalSince1970: Double($0) / 1000) } }

    public var description: String {
        switch self {
        case .null: "NULL"
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .text(let value): "'\(value)'"
        case .blob(let bytes): "<\(bytes.count) bytes>"
        }
    }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
}
