/// One API endpoint listed in the service-discovery document.
public struct Open311Endpoint: Sendable, Equatable {
    /// Production endpoints act on what they receive; test endpoints do not.
    public enum Kind: String, Sendable, CaseIterable {
        case production
        case test
    }

    /// The specification's token, e.g. `http://wiki.open311.org/GeoReport_v2`.
    public var specification: String
    public var url: String
    /// A sortable stamp of the endpoint's last change (services or definitions).
    public var changeset: String
    public var type: Kind
    /// MIME types served (`text/xml`, `application/json`).
    public var formats: [String]

    public static let geoReportV2 = "http://wiki.open311.org/GeoReport_v2"

    public init(specification: String = Open311Endpoint.geoReportV2, url: String, changeset: String, type: Kind, formats: [String]) {
        self.specification = specification
        self.url = url
        self.changeset = changeset
        self.type = type
        self.formats = formats
    }

    public var node: Open311Node {
        .object([
            ("specification", .text(specification)),
            ("url", .text(url)),
            ("changeset", .text(changeset)),
            ("type", .text(type.rawValue)),
            ("formats", .list(item: "format", formats.map(Open311Node.text))),
        ])
    }
}
