import Foundation

/// One labelled experiment scored as SKAB scores it: per reading, its time, whether it is labelled anomalous,
/// whether it is labelled a changepoint, and whether the rules under test had an alert open.
public struct LabelledRun: Sendable, Hashable {
    public var name: String
    public var times: [Date]
    public var anomaly: [Bool]
    public var changepoint: [Bool]
    public var alarm: [Bool]

    public init(name: String, times: [Date], anomaly: [Bool], changepoint: [Bool], alarm: [Bool]) {
        self.name = name
        self.times = times
        self.anomaly = anomaly
        self.changepoint = changepoint
        self.alarm = alarm
    }

    /// The predicted changepoints: the readings where the alarm changes (opens or clears), and the first reading
    /// when the alarm is already on — SKAB's `abs(prediction.diff())` with the first value kept.
    public var predictedChangepoints: [Date] {
        alarm.indices.filter { $0 == 0 ? alarm[0] : alarm[$0] != alarm[$0 - 1] }.map { times[$0] }
    }
}
