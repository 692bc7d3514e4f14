import Foundation

/// The one check of a new case, whichever channel it came through (REST, the web form, and Open311, whose
/// `Open311IntakeValidator` calls it and reports its problems under the form's names): a leaf category of the taxonomy, a known request type, coordinates that are
/// degrees and in range (GCJ-02 converted to WGS-84), something said about what happened or where, a description
/// of at most 4,000 characters, and a region the store knows. Every problem is reported at once in one 400
/// `case_invalid` whose details name the field (`CaseInput`'s names).
public struct CaseIntakeValidator: Sendable {
    public var leafCategories: Set<String>
    public var requestTypes: Set<String>
    public var maximumDescriptionLength: Int

    public init(leafCategories: Set<String>, requestTypes: Set<String>, maximumDescriptionLength: Int = 4_000) {
        self.leafCategories = leafCategories
        self.requestTypes = requestTypes
        self.maximumDescriptionLength = maximumDescriptionLength
    }

    /// The new case the input describes, not yet routed nor registered (no id, no region found from its location).
    /// `regionExists` says whether the store knows the input's region; it is not read when the input names none.
    public func validate(
        _ input: CaseInput, regionExists: Bool, channel defaultChannel: String, at now: Date,
        token: String? = nil
    ) throws(OasisError) -> HotlineCase {
        var details: [OasisError.Detail] = []
        if !leafCategories.contains(input.category) {
            details.append(
                .init(
                    field: "category",
                    reason: "\"\(input.category)\" is not a leaf category of the taxonomy; GET /api/v1/case-categories lists them"))
        }
        if let requestType = input.requestType, !requestTypes.contains(requestType) {
            details.append(.init(field: "requestType", reason: "\"\(requestType)\" is not a request type"))
        }
        let location = checkLocation(input, &details)
        let description = (input.description ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if description.isEmpty && location == nil && (input.address ?? "").isEmpty {
            details.append(.init(field: "description", reason: "say what happened, or where"))
        }
        if description.count > maximumDescriptionLength {
            details.append(.init(field: "description", reason: "has \(description.count) characters; the limit is \(maximumDescriptionLength)"))
        }
        if let region = input.region, !regionExists { details.append(.init(field: "region", reason: "unknown region \(region)")) }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "case_invalid", message: "The case has \(details.count) problem(s).", details: details)
        }
        return HotlineCase(
            kind: input.kind ?? .request, requestType: input.requestType, category: input.category,
            channel: input.channel ?? defaultChannel, priority: input.priority ?? .normal, description: description,
            location: location, address: input.address, region: input.region,
            reporter: input.reporter.flatMap { $0.isAnonymous && $0.language == nil ? nil : $0 }, attachments: input.attachments ?? [],
            registeredAt: now, token: token)
    }

    /// Degrees in range, both of longitude and latitude or neither; the point in WGS-84.
    func checkLocation(_ input: CaseInput, _ details: inout [OasisError.Detail]) -> GeoPoint? {
        if let system = input.coordinateSystem, !system.isGeographic {
            details.append(.init(field: "coordinateSystem", reason: "longitude and latitude are degrees: give \(CoordinateSystem.geographicNames)"))
        }
        switch (input.longitude, input.latitude) {
        case (nil, nil):
            return nil
        case (let longitude?, let latitude?):
            if !(-180...180).contains(longitude) || !longitude.isFinite {
                details.append(.init(field: "longitude", reason: "\(longitude) is out of range (−180 to 180)"))
            }
            if !(-90...90).contains(latitude) || !latitude.isFinite {
                details.append(.init(field: "latitude", reason: "\(latitude) is out of range (−90 to 90)"))
            }
            return (input.coordinateSystem ?? .wgs84).toWGS84(GeoPoint(longitude: longitude, latitude: latitude))
        default:
            details.append(.init(field: input.longitude == nil ? "longitude" : "latitude", reason: "give both longitude and latitude, or neither"))
            return nil
        }
    }
}
