import Foundation
import OasisCore

/// A new case as the REST API and the web form take it. Only the category and a description (or a
/// location) are required; coordinates may be GCJ-02 (`coordinateSystem: "gcj02"`) and are converted.
struct CaseInput: Decodable, Sendable {
    var kind: CaseKind?
    var requestType: String?
    var category: String
    var channel: String?
    var priority: CasePriority?
    var description: String?
    var longitude: Double?
    var latitude: Double?
    var coordinateSystem: CoordinateSystem?
    var address: String?
    var region: String?
    var reporter: CaseReporter?
    var attachments: [CaseAttachment]?
}
