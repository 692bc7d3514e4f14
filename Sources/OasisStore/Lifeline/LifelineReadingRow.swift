/// One reading as the store keeps it: the sensor's store id, the instant in whole Unix milliseconds, the value.
public struct LifelineReadingRow: Sendable, Hashable {
    public var sensorID: Int64
    public var at: Int64
    public var value: Double

    public init(sensorID: Int64, at: Int64, value: Double) {
        self.sensorID = sensorID
        self.at = at
        self.value = value
    }
}
