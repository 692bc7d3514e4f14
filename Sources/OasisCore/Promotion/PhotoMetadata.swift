import Foundation

/// What is known of a site photo attached to a progress report (the file itself lives elsewhere).
public struct PhotoMetadata: Codable, Sendable, Equatable {
    public var fileName: String
    public var caption: String?
    public var takenAt: Date?
    public var location: GeoPoint?

    public init(fileName: String, caption: String? = nil, takenAt: Date? = nil, location: GeoPoint? = nil) {
        self.fileName = fileName
        self.caption = caption
        self.takenAt = takenAt
        self.location = location
    }
}
