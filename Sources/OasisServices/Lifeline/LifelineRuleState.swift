import Foundation
import OasisCore
import OasisStore
import Synchronization

/// The rules' running state, held in memory: every sensor by code (with its store id and rules) and one
/// `SensorRuleTracker` per sensor and rule. Loaded on first use from the registry, the alerts whose condition still
/// holds, the recent readings (replayed through the trackers, their changes already stored) and, for silence
/// rules, each sensor's latest reading; dropped when the registry changes, so that the next batch loads it again.
final class LifelineRuleState: Sendable {
    struct Loaded: Sendable {
        var sensors: [String: LifelineSensorEntry]
        var byID: [Int64: LifelineSensorEntry]
        var trackers: [LifelineRuleKey: SensorRuleTracker]
    }

    /// The state, and how many times it was dropped: a load that began before a drop is not kept.
    private let loaded = Mutex<(state: Loaded?, generation: Int)>((nil, 0))

    /// How far back the readings are replayed at load: long enough for every rate window and flat-line run of
    /// the default rules (an hour), at most a day.
    static func replayWindow(_ sensors: [LifelineSensorEntry]) -> TimeInterval {
        var seconds: TimeInterval = 3600
        for entry in sensors {
            for rule in entry.sensor.rules {
                switch rule {
                case .rateOfChange(let rate): seconds = max(seconds, rate.windowSeconds)
                case .flatLine(let flat): seconds = max(seconds, flat.minutes * 60)
                case .threshold, .silence: break
                }
            }
        }
        return min(seconds, 86_400)
    }

    /// The state, loading it first when needed. Requests validate their batches with it while a group is being
    /// written, so loads may run side by side: the first to finish is kept, and the others use it (a later one would
    /// undo what the groups written meanwhile moved); a load that began before the registry changed is not kept.
    func current(_ store: Store) async throws -> Loaded {
        let (current, generation) = loaded.withLock { ($0.state, $0.generation) }
        if let current { return current }
        let entries = try await store.lifeline.sensorIndex()
        let levels = try await store.lifeline.activeLevels()
        // A silence rule needs its sensor's latest reading however old it is: the clock tick judges from it.
        let silent = entries.filter { $0.sensor.rules.contains { $0.kind == .silence } }.map(\.id)
        let lastReadings = try await store.lifeline.lastReadingTimes(sensorIDs: silent)
        var trackers: [LifelineRuleKey: SensorRuleTracker] = [:]
        for entry in entries {
            for (index, rule) in entry.sensor.rules.enumerated() {
                let key = LifelineRuleKey(sensorID: entry.id, rule: index)
                trackers[key] = SensorRuleTracker(
                    rule: rule, level: levels[key], lastReadingTime: rule.kind == .silence ? lastReadings[entry.id] : nil)
            }
        }
        let since = store.clock.now().addingTimeInterval(-Self.replayWindow(entries))
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        for reading in try await store.lifeline.recentReadings(since: since) {
            guard let entry = byID[reading.sensorID] else { continue }
            for index in entry.sensor.rules.indices {
                let key = LifelineRuleKey(sensorID: entry.id, rule: index)
                _ = trackers[key]?.observe(time: Date(timeIntervalSince1970: Double(reading.at) / 1000), value: reading.value)
            }
        }
        let state = Loaded(sensors: Dictionary(uniqueKeysWithValues: entries.map { ($0.sensor.code, $0) }), byID: byID, trackers: trackers)
        return loaded.withLock { loaded in
            guard loaded.generation == generation else { return state }
            if let kept = loaded.state { return kept }
            loaded.state = state
            return state
        }
    }

    /// Keeps the trackers a committed batch moved.
    func commit(_ trackers: [LifelineRuleKey: SensorRuleTracker]) {
        loaded.withLock { loaded in
            for (key, tracker) in trackers { loaded.state?.trackers[key] = tracker }
        }
    }

    /// Forgets everything: the next use loads the registry again.
    func reset() {
        loaded.withLock { loaded in
            loaded.state = nil
            loaded.generation += 1
        }
    }
}
