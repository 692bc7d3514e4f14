import Foundation
import OasisCore

/// One change of an alert as the live stream sends it: the event's id (`<server start>-<sequence>`), its name (what
/// happened: `opened`, `level`, `cleared`, `acknowledged`, `dispatched`, `resolved`, `closed`, `escalated`) and the
/// alert as it stands after the change. `time` is the change's own time (the reading's for a rule's change, the
/// step's or escalation's otherwise).
public struct LifelineAlertEvent: Codable, Sendable, Equatable {
    public var id: String
    public var event: String
    public var alert: Int64
    public var sensor: String
    public var asset: String
    public var region: String
    public var ownerUnit: String
    public var level: Int
    public var status: LifelineAlertStatus
    public var escalation: Int
    public var time: Date

    public init(id: String = "", event: String, alert: LifelineAlert, time: Date) {
        self.id = id
        self.event = event
        self.alert = alert.id
        self.sensor = alert.sensor
        self.asset = alert.asset
        self.region = alert.region
        self.ownerUnit = alert.ownerUnit
        self.level = alert.level.rawValue
        self.status = alert.status
        self.escalation = alert.escalation.rawValue
        self.time = time
    }

    /// The event names a rule's audit action maps to.
    public static func name(ofAction action: String) -> String {
        switch action {
        case "lifeline.alert.open": "opened"
        case "lifeline.alert.clear": "cleared"
        default: "level"
        }
    }

    /// The event as `text/event-stream` lines: `id`, `event` and one `data` line of JSON.
    public var serverSentEvent: String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "id: \(id)\nevent: \(event)\ndata: \(data)\n\n"
    }
}
