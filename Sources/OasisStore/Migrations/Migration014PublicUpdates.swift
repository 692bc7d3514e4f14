/// An index on the time of case events, so that Open311's `servicerequestupdates` (the steps of every case within
/// a time window) reads a range instead of the whole history.
enum Migration014PublicUpdates {
    static let migration = Migration(version: 14, description: "index of case events by time (Open311 servicerequestupdates)") { _ in
        ["CREATE INDEX case_events_at ON case_events(at, id)"]
    }
}
