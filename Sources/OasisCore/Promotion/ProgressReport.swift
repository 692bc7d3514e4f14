import Foundation

/// A periodic progress report of a project: how far (0–100 %), what happened, with photo metadata.
public struct ProgressReport: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var projectID: Int64
    public var reportedOn: Date
    public var percent: Double
    public var narrative: String
    public var photos: [PhotoMetadata]
    public var reportedBy: String

    public init(
        id: Int64 = 0, projectID: Int64, reportedOn: Date, percent: Double, narrative: String, photos: [PhotoMetadata] = [], reportedBy: String = ""
    ) {
        self.id = id
        self.projectID = projectID
        self.reportedOn = reportedOn
        self.percent = percent
        self.narrative = narrative
        self.photos = photos
        self.reportedBy = reportedBy
    }
}
