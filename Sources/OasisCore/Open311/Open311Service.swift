/// One entry of GeoReport v2's service list (`GET services`): a request type people can report.
public struct Open311Service: Sendable, Equatable {
    public var serviceCode: String
    public var serviceName: String
    public var description: String
    /// True when the service has attributes to fill in (its service definition must be fetched).
    public var metadata: Bool
    public var type: Open311ServiceType
    /// Comma-separated synonyms of the name and group.
    public var keywords: String
    public var group: String

    public init(
        serviceCode: String, serviceName: String, description: String, metadata: Bool, type: Open311ServiceType = .realtime,
        keywords: String, group: String
    ) {
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.description = description
        self.metadata = metadata
        self.type = type
        self.keywords = keywords
        self.group = group
    }

    /// The `<service>` element / JSON object, fields in the spec's order.
    public var node: Open311Node {
        .object([
            ("service_code", .identifier(serviceCode)),
            ("service_name", .text(serviceName)),
            ("description", .text(description)),
            ("metadata", .bool(metadata)),
            ("type", .text(type.rawValue)),
            ("keywords", .text(keywords)),
            ("group", .text(group)),
        ])
    }

    /// The `GET services` response.
    public static func listDocument(_ services: [Open311Service]) -> Open311Document {
        Open311Document(root: "services", body: .list(item: "service", services.map(\.node)))
    }
}
