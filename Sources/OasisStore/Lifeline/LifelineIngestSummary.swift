/// What one batch of readings did: how many arrived, how many were new (the rest repeated a stored (sensor, time)
/// and were ignored), and how many alert changes they caused.
public struct LifelineIngestSummary: Codable, Sendable, Equatable {
    public var received: Int
    public var stored: Int
    public var duplicates: Int
    public var alertChanges: Int
    /// The alerts the batch's changes touched, with the audit action on each (not part of the API's answer: the live
    /// stream announces them).
    public var touched: [LifelineAlertTouch] = []

    enum CodingKeys: String, CodingKey {
        case received
        case stored
        case duplicates
        case alertChanges
    }

    public init(received: Int, stored: Int, duplicates: Int, alertChanges: Int) {
        self.received = received
        self.stored = stored
        self.duplicates = duplicates
        self.alertChanges = alertChanges
    }
}
