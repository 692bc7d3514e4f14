/// The attributes of one service (`GET services/[service_code]`), which a POST fills in as `attribute[code]`.
public struct Open311ServiceDefinition: Sendable, Equatable {
    public var serviceCode: String
    public var attributes: [Open311Attribute]

    public init(serviceCode: String, attributes: [Open311Attribute]) {
        self.serviceCode = serviceCode
        self.attributes = attributes
    }

    /// The attribute with a code.
    public func attribute(_ code: String) -> Open311Attribute? { attributes.first { $0.code == code } }

    /// The `GET service definition` response; attributes in presentation order.
    public var document: Open311Document {
        let ordered = attributes.sorted { $0.order < $1.order }
        return Open311Document(
            root: "service_definition",
            body: .object([
                ("service_code", .identifier(serviceCode)),
                ("attributes", .list(item: "attribute", ordered.map(\.node))),
            ]))
    }
}
