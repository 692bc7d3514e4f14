/// The Open311 service-discovery document (`discovery.xml` / `discovery.json`): where the endpoints are, how
/// to get an API key, whom to contact, and when anything last changed.
public struct Open311Discovery: Sendable, Equatable {
    public var changeset: String
    public var contact: String
    public var keyService: String
    public var endpoints: [Open311Endpoint]

    public init(changeset: String, contact: String, keyService: String, endpoints: [Open311Endpoint]) {
        self.changeset = changeset
        self.contact = contact
        self.keyService = keyService
        self.endpoints = endpoints
    }

    /// The discovery response (its XML declaration labels the encoding `UTF-8`, as that spec's example does).
    public var document: Open311Document {
        Open311Document(
            root: "discovery",
            body: .object([
                ("changeset", .text(changeset)),
                ("contact", .text(contact)),
                ("key_service", .text(keyService)),
                ("endpoints", .list(item: "endpoint", endpoints.map(\.node))),
            ]), xmlEncodingLabel: "UTF-8")
    }
}
