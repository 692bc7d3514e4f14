import Foundation
import OasisCore
import OasisStore
import Synchronization

/// The trackers one batch moves, copied from the running state so that a batch that fails to commit leaves the
/// running state as it was. Runs the new readings (sorted by sensor and time) through each rule of their sensor, or the clock
/// through the silence rules.
final class LifelineRuleDraft: Sendable {
    private let base: LifelineRuleState.Loaded
    private let moved = Mutex<[LifelineRuleKey: SensorRuleTracker]>([:])

    init(base: LifelineRuleState.Loaded) {
        self.base = base
    }

    func evaluate(_ readings: [LifelineReadingRow]) -> [LifelineRuleChange] {
        moved.withLock { moved in
            var changes: [LifelineRuleChange] = []
            for reading in readings {
                guard let entry = base.byID[reading.sensorID] else { continue }
                let time = Date(timeIntervalSince1970: Double(reading.at) / 1000)
                for (index, rule) in entry.sensor.rules.enumerated() {
                    let key = LifelineRuleKey(sensorID: entry.id, rule: index)
                    var tracker = moved[key] ?? base.trackers[key] ?? SensorRuleTracker(rule: rule)
                    if let change = tracker.observe(time: time, value: reading.value) {
                        changes.append(LifelineRuleChange(sensorID: entry.id, rule: index, ruleKind: rule.kind, change: change))
                    }
                    moved[key] = tracker
                }
            }
            return changes
        }
    }

    /// Advances every silence rule's clock to `now` (the other rules act on readings only); the changes by sensor and rule.
    func tick(at now: Date) -> [LifelineRuleChange] {
        moved.withLock { moved in
            var changes: [LifelineRuleChange] = []
            for key in base.trackers.keys.sorted(by: { ($0.sensorID, $0.rule) < ($1.sensorID, $1.rule) }) {
                guard var tracker = moved[key] ?? base.trackers[key], case .silence = tracker.rule else { continue }
                if let change = tracker.tick(at: now) {
                    changes.append(LifelineRuleChange(sensorID: key.sensorID, rule: key.rule, ruleKind: tracker.rule.kind, change: change))
                    moved[key] = tracker
                }
            }
            return changes
        }
    }

    var trackers: [LifelineRuleKey: SensorRuleTracker] { moved.withLock { $0 } }
}
