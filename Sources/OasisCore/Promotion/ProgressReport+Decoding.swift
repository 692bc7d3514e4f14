import Foundation

extension ProgressReport {
    enum CodingKeys: String, CodingKey {
        case id, projectID, reportedOn, percent, narrative, photos, reportedBy
    }

    /// Decodes a report; ids (the project comes from the route), photos and the reporter (the signed-in
    /// user) may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, projectID: try c.decodeIfPresent(Int64.self, forKey: .projectID) ?? 0,
            reportedOn: try c.decode(Date.self, forKey: .reportedOn), percent: try c.decode(Double.self, forKey: .percent),
            narrative: try c.decode(String.self, forKey: .narrative), photos: try c.decodeIfPresent([PhotoMetadata].self, forKey: .photos) ?? [],
            reportedBy: try c.decodeIfPresent(String.self, forKey: .reportedBy) ?? "")
    }
}
