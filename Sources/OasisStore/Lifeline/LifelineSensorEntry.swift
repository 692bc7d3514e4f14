import OasisCore

/// A sensor as ingest needs it: its store id, the sensor with its rules, and its asset's region.
public struct LifelineSensorEntry: Sendable, Equatable {
    public var id: Int64
    public var sensor: LifelineSensor
    public var region: String

    public init(id: Int64, sensor: LifelineSensor, region: String) {
        self.id = id
        self.sensor = sensor
        self.region = region
    }
}
