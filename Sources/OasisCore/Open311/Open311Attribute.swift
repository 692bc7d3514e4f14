/// One field of a service definition: what to ask, in which form, whether it is required.
public struct Open311Attribute: Sendable, Equatable {
    /// False when the attribute only informs (shown in the description) and takes no input.
    public var variable: Bool
    public var code: String
    public var datatype: Open311AttributeDatatype
    public var required: Bool
    public var datatypeDescription: String?
    /// Presentation order, 1 first; unique within a service.
    public var order: Int
    public var description: String
    /// The options of a list attribute (empty for others).
    public var values: [Open311AttributeValue]

    public init(
        variable: Bool = true, code: String, datatype: Open311AttributeDatatype, required: Bool, datatypeDescription: String? = nil,
        order: Int, description: String, values: [Open311AttributeValue] = []
    ) {
        self.variable = variable
        self.code = code
        self.datatype = datatype
        self.required = required
        self.datatypeDescription = datatypeDescription
        self.order = order
        self.description = description
        self.values = values
    }

    /// The `<attribute>` element / JSON object. `values` appears only for list attributes.
    public var node: Open311Node {
        var members: [(String, Open311Node)] = [
            ("variable", .bool(variable)),
            ("code", .identifier(code)),
            ("datatype", .text(datatype.rawValue)),
            ("required", .bool(required)),
            ("datatype_description", .optionalText(datatypeDescription)),
            ("order", .number(String(order))),
            ("description", .text(description)),
        ]
        if datatype.hasValues || !values.isEmpty {
            members.append(("values", .list(item: "value", values.map(\.node))))
        }
        return .object(members)
    }
}
