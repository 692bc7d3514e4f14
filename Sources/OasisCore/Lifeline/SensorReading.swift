import Foundation

/// One measurement of one sensor: the value in the sensor's unit at an instant.
public struct SensorReading: Sendable, Hashable, Codable {
    public var sensorID: String
    public var time: Date
    public var value: Double

    public init(sensorID: String, time: Date, value: Double) {
        self.sensorID = sensorID
        self.time = time
        self.value = value
    }
}
