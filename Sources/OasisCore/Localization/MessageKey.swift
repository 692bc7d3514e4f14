/// The key of one user-facing message in the catalogue. Keys use `snake_case` so that templates can
/// name them directly (`{{t.nav_home}}`).
public struct MessageKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
}
