extension CaseTaxonomy {
    /// The attribute code under which an Open311 POST names the hotline request type (consultation, help …).
    public static let requestTypeAttribute = "request_type"
    /// The attribute code of a component's 16-digit identifier (county code, class, subclass, serial).
    public static let componentIDAttribute = "component_id"

    /// The Open311 service of a category: its code, its name and description in a language, `realtime`
    /// intake, its keywords, and its class's name as the group. Nil for request types and for classes that have
    /// subclasses (cases are filed under the most specific category).
    public func open311Service(_ code: String, language: Language) -> Open311Service? {
        guard let category = category(code), category.kind.isService, children(of: code).isEmpty else { return nil }
        let group = category.parent.flatMap(self.category)?.name(language) ?? category.name(language)
        return Open311Service(
            serviceCode: category.code, serviceName: category.name(language), description: category.description(language),
            metadata: true, type: .realtime, keywords: category.keywords.joined(separator: ", "), group: group)
    }

    /// The definition of a category's service: the optional request type, and for components the optional
    /// component identifier.
    public func open311Definition(_ code: String, language: Language) -> Open311ServiceDefinition? {
        guard let category = category(code), open311Service(code, language: language) != nil else { return nil }
        let catalogue = MessageCatalogue.standard
        var attributes = [
            Open311Attribute(
                code: Self.requestTypeAttribute, datatype: .singlevaluelist, required: false,
                datatypeDescription: catalogue.text("open311_choose_one", language), order: 1,
                description: catalogue.text("open311_request_type_question", language),
                values: requestTypes.map { Open311AttributeValue(key: $0.code, name: $0.name(language)) }
            )
        ]
        if category.kind == .component {
            attributes.append(
                Open311Attribute(
                    code: Self.componentIDAttribute, datatype: .string, required: false,
                    datatypeDescription: catalogue.text("open311_component_id_format", language), order: 2,
                    description: catalogue.text("open311_component_id_question", language)
                ))
        }
        return Open311ServiceDefinition(serviceCode: code, attributes: attributes)
    }

    /// Every service with its definition, in taxonomy order: what a GeoReport endpoint offers.
    public func open311Catalogue(language: Language) -> Open311ServiceCatalogue {
        var services: [Open311Service] = []
        var definitions: [String: Open311ServiceDefinition] = [:]
        for category in categories {
            guard let service = open311Service(category.code, language: language) else { continue }
            services.append(service)
            definitions[category.code] = open311Definition(category.code, language: language)
        }
        return Open311ServiceCatalogue(services: services, definitions: definitions)
    }
}
