/// A graph or search input that cannot be used, with the reason.
public struct RoutingError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
