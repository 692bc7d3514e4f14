/// One service request as `GET requests` and `GET requests/[id]` return it. Every field is written; absent
/// ones as empty elements in XML and `null` in JSON, as in the spec's examples.
public struct Open311ServiceRequest: Sendable, Equatable {
    public var serviceRequestID: String
    public var status: Open311Status
    public var statusNotes: String?
    public var serviceName: String?
    public var serviceCode: String?
    public var description: String?
    public var agencyResponsible: String?
    public var serviceNotice: String?
    public var requestedDatetime: W3CDateTime?
    /// For closed requests, when they were closed.
    public var updatedDatetime: W3CDateTime?
    public var expectedDatetime: W3CDateTime?
    public var address: String?
    public var addressID: String?
    public var zipcode: String?
    /// WGS-84 degrees.
    public var latitude: Double?
    public var longitude: Double?
    public var mediaURL: String?

    public init(
        serviceRequestID: String, status: Open311Status, statusNotes: String? = nil, serviceName: String? = nil, serviceCode: String? = nil,
        description: String? = nil, agencyResponsible: String? = nil, serviceNotice: String? = nil,
        requestedDatetime: W3CDateTime? = nil, updatedDatetime: W3CDateTime? = nil, expectedDatetime: W3CDateTime? = nil,
        address: String? = nil, addressID: String? = nil, zipcode: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
        mediaURL: String? = nil
    ) {
        self.serviceRequestID = serviceRequestID
        self.status = status
        self.statusNotes = statusNotes
        self.serviceName = serviceName
        self.serviceCode = serviceCode
        self.description = description
        self.agencyResponsible = agencyResponsible
        self.serviceNotice = serviceNotice
        self.requestedDatetime = requestedDatetime
        self.updatedDatetime = updatedDatetime
        self.expectedDatetime = expectedDatetime
        self.address = address
        self.addressID = addressID
        self.zipcode = zipcode
        self.latitude = latitude
        self.longitude = longitude
        self.mediaURL = mediaURL
    }

    /// The `<request>` element / JSON object, fields in the spec's order.
    public var node: Open311Node {
        func time(_ value: W3CDateTime?) -> Open311Node { value.map { .text($0.description) } ?? .null }
        return .object([
            ("service_request_id", .text(serviceRequestID)),
            ("status", .text(status.rawValue)),
            ("status_notes", .optionalText(statusNotes)),
            ("service_name", .optionalText(serviceName)),
            ("service_code", .optionalIdentifier(serviceCode)),
            ("description", .optionalText(description)),
            ("agency_responsible", .optionalText(agencyResponsible)),
            ("service_notice", .optionalText(serviceNotice)),
            ("requested_datetime", time(requestedDatetime)),
            ("updated_datetime", time(updatedDatetime)),
            ("expected_datetime", time(expectedDatetime)),
            ("address", .optionalText(address)),
            ("address_id", .optionalIdentifier(addressID)),
            ("zipcode", .optionalIdentifier(zipcode)),
            ("lat", .coordinate(latitude)),
            ("long", .coordinate(longitude)),
            ("media_url", .optionalText(mediaURL)),
        ])
    }

    /// The `GET requests` (or `GET requests/[id]`, with one element) response.
    public static func listDocument(_ requests: [Open311ServiceRequest]) -> Open311Document {
        Open311Document(root: "service_requests", body: .list(item: "request", requests.map(\.node)))
    }
}
