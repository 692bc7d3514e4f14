/// One step of a service request, as the `servicerequestupdates` extension that FixMyStreet and mySociety's
/// open311-adapter use returns it (`GET servicerequestupdates.{xml|json}?start_date=…&end_date=…`): every update
/// with its own id, the request it belongs to, the status after it (FixMyStreet's status words, lower case), when it
/// happened, a public description and a media URL (empty when there is none). Every field is written as text.
public struct Open311RequestUpdate: Sendable, Equatable {
    public var updateID: String
    public var serviceRequestID: String
    public var status: String
    public var updatedDatetime: W3CDateTime
    public var description: String
    public var mediaURL: String

    public init(
        updateID: String, serviceRequestID: String, status: String, updatedDatetime: W3CDateTime, description: String = "", mediaURL: String = ""
    ) {
        self.updateID = updateID
        self.serviceRequestID = serviceRequestID
        self.status = status
        self.updatedDatetime = updatedDatetime
        self.description = description
        self.mediaURL = mediaURL
    }

    /// The `<request_update>` element / JSON object.
    public var node: Open311Node {
        .object([
            ("update_id", .text(updateID)),
            ("service_request_id", .text(serviceRequestID)),
            ("status", .text(status)),
            ("updated_datetime", .text(updatedDatetime.description)),
            ("description", .text(description)),
            ("media_url", .text(mediaURL)),
        ])
    }

    /// The `GET servicerequestupdates` response.
    public static func listDocument(_ updates: [Open311RequestUpdate]) -> Open311Document {
        Open311Document(root: "service_requests_updates", body: .list(item: "request_update", updates.map(\.node)))
    }
}
