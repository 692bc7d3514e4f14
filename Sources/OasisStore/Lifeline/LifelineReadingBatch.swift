import OasisCore

/// One batch of readings made ready for the store before it waits for the writer: sorted by sensor and time (the
/// order the rules judge them in, and the store's key order), with who sent them.
public struct LifelineReadingBatch: Sendable {
    /// The readings, by sensor and time (readings with the same sensor and time keep the order they were given in).
    public let rows: [LifelineReadingRow]
    /// Who sent them (the audit names them on the alert changes the batch causes).
    public let access: StoreAccess

    public init(_ readings: [LifelineReadingRow], by access: StoreAccess) {
        self.access = access
        rows = readings.sorted { ($0.sensorID, $0.at) < ($1.sensorID, $1.at) }
    }
}
