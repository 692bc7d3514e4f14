/// What a batch adds to one sensor's rollup of one minute or hour: the new readings' least and greatest value, their
/// sum and how many there were.
struct LifelineRollupDelta: Sendable, Equatable {
    var sensorID: Int64
    var bucket: Int64
    var min: Double
    var max: Double
    var sum: Double
    var count: Int64

    /// The deltas of readings sorted by sensor and time, one per sensor and bucket.
    static func of(_ readings: [LifelineReadingRow], _ resolution: LifelineRollupResolution) -> [LifelineRollupDelta] {
        var deltas: [LifelineRollupDelta] = []
        var index = 0
        while index < readings.count {
            let first = readings[index]
            var delta = LifelineRollupDelta(
                sensorID: first.sensorID, bucket: resolution.bucket(first.at), min: first.value, max: first.value, sum: 0, count: 0)
            while index < readings.count, readings[index].sensorID == first.sensorID, resolution.bucket(readings[index].at) == delta.bucket {
                let value = readings[index].value
                delta.min = Swift.min(delta.min, value)
                delta.max = Swift.max(delta.max, value)
                delta.sum += value
                delta.count += 1
                index += 1
            }
            deltas.append(delta)
        }
        return deltas
    }
}
