import Foundation

/// A photo of a case as the store keeps it: the file's name in the photo folder, its checked type, size and
/// SHA-256 (hex), whether its location was kept at the reporter's choice, who uploaded it and when.
public struct CasePhoto: Codable, Sendable, Equatable {
    public var id: Int64
    public var caseID: Int64
    public var file: String
    public var contentType: String
    public var bytes: Int
    public var sha256: String
    public var locationShared: Bool
    public var uploadedBy: String
    public var uploadedAt: Date

    public init(
        id: Int64 = 0, caseID: Int64, file: String, contentType: String, bytes: Int, sha256: String, locationShared: Bool, uploadedBy: String,
        uploadedAt: Date
    ) {
        self.id = id
        self.caseID = caseID
        self.file = file
        self.contentType = contentType
        self.bytes = bytes
        self.sha256 = sha256
        self.locationShared = locationShared
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }

    /// The route a photo is served at (relative to the server's origin).
    public static func path(caseID: Int64, photoID: Int64) -> String { "/api/v1/cases/\(caseID)/photos/\(photoID)" }
}
