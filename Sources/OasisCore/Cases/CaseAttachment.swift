/// What is known of a file attached to a case (the file itself lives elsewhere).
public struct CaseAttachment: Codable, Sendable, Equatable {
    public var fileName: String
    public var contentType: String?
    public var bytes: Int?
    public var url: String?

    public init(fileName: String, contentType: String? = nil, bytes: Int? = nil, url: String? = nil) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = bytes
        self.url = url
    }
}
