/// A complete Open311 response: the XML root element's name and its content.
public struct Open311Document: Sendable, Equatable {
    /// The XML root element (`services`, `service_definition`, `service_requests`, `errors`, `discovery`).
    public var root: String
    public var body: Open311Node
    /// The encoding label in the XML declaration; GeoReport's examples write `utf-8`, discovery's `UTF-8`.
    public var xmlEncodingLabel: String

    public init(root: String, body: Open311Node, xmlEncodingLabel: String = "utf-8") {
        self.root = root
        self.body = body
        self.xmlEncodingLabel = xmlEncodingLabel
    }

    /// The document in a format, as UTF-8 bytes.
    public func encoded(_ format: Open311Format, pretty: Bool = true) -> [UInt8] {
        Array(rendered(format, pretty: pretty).utf8)
    }

    /// The document in a format, as text.
    public func rendered(_ format: Open311Format, pretty: Bool = true) -> String {
        switch format {
        case .xml: Open311XMLWriter(pretty: pretty).write(self)
        case .json: Open311JSONWriter(pretty: pretty).write(body)
        }
    }
}
