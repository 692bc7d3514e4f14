import Foundation

/// Reads a GeoReport v2 `POST requests` form into a new case. It checks only what is Open311's own: the
/// api_key, the jurisdiction, the service_code, the location the spec requires, the form's numbers, the
/// service's attributes, email and media_url. The case itself (coordinates in range, the coordinate system, the
/// description's length, category and request type) is checked once, by `CaseIntakeValidator`, whose problems
/// are reported here under the form's field names. Order of refusal: a missing api_key (403), the jurisdiction
/// (400/404), an unknown service_code (404); then every remaining problem at once in one 400 error whose details
/// name the field (`lat`, `attribute[WHISPAWN]`, `email` …).
///
/// Beyond the spec, `coordinate_system=gcj02` declares that `lat`/`long` are GCJ-02 (maps published in China);
/// the case check converts them to WGS-84.
public struct Open311IntakeValidator: Sendable {
    public var catalogue: Open311ServiceCatalogue
    public var jurisdictions: Open311Jurisdictions
    /// The one check of a new case.
    public var cases: CaseIntakeValidator

    /// `cases` defaults to the catalogue's own services and request types.
    public init(catalogue: Open311ServiceCatalogue, jurisdictions: Open311Jurisdictions = .init(), cases: CaseIntakeValidator? = nil) {
        self.catalogue = catalogue
        self.jurisdictions = jurisdictions
        self.cases =
            cases
            ?? CaseIntakeValidator(
                leafCategories: Set(catalogue.services.map(\.serviceCode)),
                requestTypes: Set(
                    catalogue.definitions.values.flatMap { definition in
                        definition.attributes.filter { $0.code == CaseTaxonomy.requestTypeAttribute }.flatMap { $0.values.map(\.key) }
                    }))
    }

    /// Parses and validates a form body; `now` is when the case is registered.
    public func validate(body: [UInt8], at now: Date = Date()) throws(OasisError) -> Open311Intake {
        try validate(Open311Form.parse(body), at: now)
    }

    public func validate(_ form: Open311Form, at now: Date = Date()) throws(OasisError) -> Open311Intake {
        guard let apiKey = form.value("api_key") else {
            throw OasisError(
                kind: .forbidden, code: "open311_api_key_missing", message: "Missing api_key: can't proceed with create_request.",
                details: [.init(field: "api_key", reason: "an API key is required to submit a request")])
        }
        let jurisdiction = try jurisdictions.resolve(form.value("jurisdiction_id"))
        var problems: [OasisError.Detail] = []
        let serviceCode = form.value("service_code")
        if let serviceCode, catalogue.service(serviceCode) == nil {
            throw OasisError(
                kind: .notFound, code: "open311_service_unknown", message: "service_code \(serviceCode) was not found.",
                details: [.init(field: "service_code", reason: "unknown service code \"\(serviceCode)\"; GET services lists the valid ones")])
        }
        if serviceCode == nil { problems.append(.init(field: "service_code", reason: "required field is missing")) }

        let system = checkCoordinateSystem(form, &problems)
        let point = checkLocation(form, &problems)
        let addressString = form.value("address_string")
        let addressID = form.value("address_id")
        if point == nil, addressString == nil, addressID == nil, !problems.contains(where: { $0.field == "lat" || $0.field == "long" }) {
            problems.append(.init(field: "lat", reason: "a location is required: lat and long, address_string or address_id"))
        }
        let attributes = serviceCode.map { checkAttributes(form, service: $0, &problems) } ?? [:]
        let email = form.value("email")
        if let email, !Self.looksLikeEmail(email) {
            problems.append(.init(field: "email", reason: "\"\(email)\" is not an email address"))
        }
        let description = form.pairs.first { $0.key == "description" }.map { $0.value.trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        let mediaURL = form.value("media_url")
        if let mediaURL, !Self.isWebURL(mediaURL) {
            problems.append(.init(field: "media_url", reason: "\"\(mediaURL)\" is not an http or https URL"))
        }
        var intake = Open311Intake(
            jurisdictionID: jurisdiction, apiKey: apiKey, serviceCode: serviceCode ?? "", location: point, submittedCoordinateSystem: system,
            addressString: addressString, addressID: addressID, attributes: attributes, email: email, deviceID: form.value("device_id"),
            accountID: form.value("account_id"), firstName: form.value("first_name"), lastName: form.value("last_name"),
            phone: form.value("phone"), description: description, mediaURL: mediaURL
        )
        intake.language = (form.value("locale") ?? form.value("lang")).flatMap { Language(tag: $0) }
        let newCase = checkCase(intake, at: now, &problems)
        guard problems.isEmpty, serviceCode != nil, let newCase else {
            throw OasisError.invalid(
                code: "open311_request_invalid", message: "The service request has \(problems.count) problem(s).",
                details: Self.inFormOrder(problems))
        }
        intake.location = newCase.location
        intake.newCase = newCase
        return intake
    }

    /// The name of a coordinate system (whether `lat`/`long` may be given in it is the case check's).
    func checkCoordinateSystem(_ form: Open311Form, _ problems: inout [OasisError.Detail]) -> CoordinateSystem {
        guard let text = form.value("coordinate_system") else { return .wgs84 }
        guard let system = CoordinateSystem(rawValue: text.lowercased()) else {
            problems.append(.init(field: "coordinate_system", reason: "\"\(text)\" is not \(CoordinateSystem.geographicNames)"))
            return .wgs84
        }
        return system
    }

    /// Both of `lat` and `long` or neither, as numbers (their range is the case check's), in the submitted system.
    func checkLocation(_ form: Open311Form, _ problems: inout [OasisError.Detail]) -> GeoPoint? {
        let latText = form.value("lat")
        let longText = form.value("long")
        switch (latText, longText) {
        case (nil, nil):
            return nil
        case (.some, nil):
            problems.append(.init(field: "long", reason: "lat was sent without long; send both"))
            return nil
        case (nil, .some):
            problems.append(.init(field: "lat", reason: "long was sent without lat; send both"))
            return nil
        case (.some(let latText), .some(let longText)):
            let latitude = DecimalText.number(latText)
            let longitude = DecimalText.number(longText)
            if latitude == nil { problems.append(.init(field: "lat", reason: "\"\(latText)\" is not a number")) }
            if longitude == nil { problems.append(.init(field: "long", reason: "\"\(longText)\" is not a number")) }
            guard let latitude, let longitude else { return nil }
            return GeoPoint(longitude: longitude, latitude: latitude)
        }
    }

    /// `attribute[CODE]=v` and `attribute[CODE][]=v` pairs checked against the service definition.
    func checkAttributes(_ form: Open311Form, service: String, _ problems: inout [OasisError.Detail]) -> [String: [String]] {
        var values: [String: [String]] = [:]
        var order: [String] = []
        for pair in form.pairs where pair.key.hasPrefix("attribute") {
            guard let code = Self.attributeCode(pair.key) else {
                problems.append(.init(field: pair.key, reason: "write attributes as attribute[CODE] or attribute[CODE][]"))
                continue
            }
            if values[code] == nil { order.append(code) }
            let value = pair.value.trimmingASCIIWhitespace()
            if !value.isEmpty { values[code, default: []].append(value) } else if values[code] == nil { values[code] = [] }
        }
        let definition = catalogue.definition(service)
        for code in order {
            let field = "attribute[\(code)]"
            guard let attribute = definition?.attribute(code), attribute.variable else {
                problems.append(.init(field: field, reason: "service \(service) has no attribute \(code) that takes input"))
                values[code] = nil
                continue
            }
            let given = values[code] ?? []
            if given.count > 1, attribute.datatype != .multivaluelist {
                problems.append(.init(field: field, reason: "takes one value; \(given.count) were sent"))
                continue
            }
            for value in given {
                if let reason = Self.problem(with: value, for: attribute) { problems.append(.init(field: field, reason: reason)) }
            }
        }
        for attribute in definition?.attributes ?? [] where attribute.variable && attribute.required && (values[attribute.code] ?? []).isEmpty {
            problems.append(.init(field: "attribute[\(attribute.code)]", reason: "required attribute is missing (\(attribute.description))"))
        }
        return values.filter { !$0.value.isEmpty }
    }

    /// The code in `attribute[CODE]` or `attribute[CODE][]`.
    static func attributeCode(_ key: String) -> String? {
        guard key.hasPrefix("attribute["), let close = key.firstIndex(of: "]") else { return nil }
        let code = key[key.index(key.startIndex, offsetBy: 10)..<close]
        let rest = key[key.index(after: close)...]
        guard !code.isEmpty, rest.isEmpty || rest == "[]" else { return nil }
        return String(code)
    }

    /// Why a value does not fit an attribute's datatype, or nil when it fits.
    static func problem(with value: String, for attribute: Open311Attribute) -> String? {
        switch attribute.datatype {
        case .string:
            return value.contains(where: \.isNewline) ? "a string attribute takes one line of text" : nil
        case .text:
            return nil
        case .number:
            return DecimalText.number(value) != nil ? nil : "\"\(value)\" is not a number in decimal notation"
        case .datetime:
            return W3CDateTime(value) != nil || isISODate(value)
                ? nil : "\"\(value)\" is not an ISO 8601 date or date-time such as 2010-01-01T00:00:00Z"
        case .singlevaluelist, .multivaluelist:
            guard attribute.values.contains(where: { $0.key == value }) else {
                let keys = attribute.values.map(\.key).joined(separator: ", ")
                return "\"\(value)\" is not one of the listed values (\(keys))"
            }
            return nil
        }
    }

    /// `YYYY-MM-DD` naming a real day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        return day >= 1 && day <= W3CDateTime.daysIn(month: month, year: year)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: \.isWhitespace)
    }

    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), let url = URL(string: text) else { return false }
        return url.host.map { !$0.isEmpty } ?? false
    }
}
