/// What a GeoReport endpoint offers: its services and the definition of each (attributes to fill in).
public struct Open311ServiceCatalogue: Sendable, Equatable {
    public var services: [Open311Service]
    /// Keyed by service code.
    public var definitions: [String: Open311ServiceDefinition]

    public init(services: [Open311Service], definitions: [String: Open311ServiceDefinition]) {
        self.services = services
        self.definitions = definitions
    }

    public func service(_ code: String) -> Open311Service? { services.first { $0.serviceCode == code } }

    /// The definition of a service; a service without one has no attributes.
    public func definition(_ code: String) -> Open311ServiceDefinition? { definitions[code] }
}
