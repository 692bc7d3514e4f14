/// What is known of a file attached to a case (the file itself lives elsewhere). A photo stored by Oasis
/// (`CasePhoto`) carries its id, and its URL is the route that serves it.
public struct CaseAttachment: Codable, Sendable, Equatable {
    public var fileName: String
    public var contentType: String?
    public var bytes: Int?
    public var url: String?
    public var photo: Int64?

    public init(fileName: String, contentType: String? = nil, bytes: Int? = nil, url: String? = nil, photo: Int64? = nil) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = bytes
        self.url = url
        self.photo = photo
    }
}
