/// A POSTed service request that passed validation, ready to become a case. Coordinates are WGS-84 (converted
/// when the client declared GCJ-02); empty optional fields are nil. `newCase` is the case it describes, as
/// `CaseIntakeValidator` made it (nil only for an intake not made by `Open311IntakeValidator`).
public struct Open311Intake: Sendable, Equatable {
    public var jurisdictionID: String?
    /// The key that must still be checked against the issued keys (validation only checks it is present).
    public var apiKey: String
    public var serviceCode: String
    public var location: GeoPoint?
    /// The datum the client sent `lat`/`long` in.
    public var submittedCoordinateSystem: CoordinateSystem
    public var addressString: String?
    public var addressID: String?
    /// Attribute values by attribute code (several for multi-value lists).
    public var attributes: [String: [String]]
    public var email: String?
    public var deviceID: String?
    public var accountID: String?
    public var firstName: String?
    public var lastName: String?
    public var phone: String?
    public var description: String?
    public var mediaURL: String?
    public var newCase: HotlineCase?
    /// The language the form names in `locale` or `lang` (an Oasis extension: GeoReport v2 has no such field); nil
    /// when the form names none or one Oasis does not offer, and the request's Accept-Language decides.
    public var language: Language?

    public init(
        jurisdictionID: String? = nil, apiKey: String, serviceCode: String, location: GeoPoint? = nil,
        submittedCoordinateSystem: CoordinateSystem = .wgs84, addressString: String? = nil, addressID: String? = nil,
        attributes: [String: [String]] = [:], email: String? = nil, deviceID: String? = nil, accountID: String? = nil,
        firstName: String? = nil, lastName: String? = nil, phone: String? = nil, description: String? = nil, mediaURL: String? = nil
    ) {
        self.jurisdictionID = jurisdictionID
        self.apiKey = apiKey
        self.serviceCode = serviceCode
        self.location = location
        self.submittedCoordinateSystem = submittedCoordinateSystem
        self.addressString = addressString
        self.addressID = addressID
        self.attributes = attributes
        self.email = email
        self.deviceID = deviceID
        self.accountID = accountID
        self.firstName = firstName
        self.lastName = lastName
        self.phone = phone
        self.description = description
        self.mediaURL = mediaURL
    }

    /// True when the citizen left no way to reach them (no email, phone, account or device id).
    public var isAnonymous: Bool { email == nil && phone == nil && accountID == nil && deviceID == nil }
}
