import Foundation
import OasisCore
import Testing

/// Each rule kind on a small hand-made series; the expected changes and their times are worked out by hand from
/// the rule's definition, reading by reading.
@Suite("Lifeline rules on hand-made series")
struct SensorRuleTrackerTests {
    /// 08:00 China Standard Time on 1 July 2026, and `minute` minutes after it.
    static let start = Date(timeIntervalSince1970: 1_782_864_000)
    func at(_ minute: Double) -> Date { Self.start.addingTimeInterval(minute * 60) }

    /// Feeds (minute, value) pairs and returns every change as (minute, kind).
    func run(_ rule: SensorRule, _ series: [(Double, Double)], ticks: [Double] = []) -> [(Double, AlertChange.Kind)] {
        var tracker = SensorRuleTracker(rule: rule)
        var events: [(time: Double, order: Int, input: Double?)] = series.map { ($0.0, 0, $0.1) }
        events += ticks.map { ($0, 1, nil) }
        events.sort { ($0.time, $0.order) < ($1.time, $1.order) }
        var changes: [(Double, AlertChange.Kind)] = []
        for event in events {
            let change = event.input.map { tracker.observe(time: at(event.time), value: $0) } ?? tracker.tick(at: at(event.time))
            if let change { changes.append((change.time.timeIntervalSince(Self.start) / 60, change.kind)) }
        }
        return changes
    }

    @Test("threshold with hysteresis: opens, escalates, holds within the band, eases and clears")
    func threshold() {
        // Gas in %LEL: blue 10, yellow 20, red 50; hysteresis 2.
        let rule = SensorRule.threshold(ThresholdRule(direction: .above, limits: [.blue: 10, .yellow: 20, .red: 50], hysteresis: 2))
        let changes = run(rule, [(0, 9), (1, 12), (2, 21), (3, 19), (4, 18.5), (5, 17.5), (6, 55), (7, 49), (8, 30), (9, 8.5), (10, 7.9)])
        // 12 ≥ 10 opens blue at minute 1; 21 ≥ 20 yellow at 2; 19 and 18.5 stay above 20 − 2; 17.5 ≤ 18 eases to blue;
        // 55 red at 6; 49 > 50 − 2 holds red; 30 < 48 eases to yellow (30 ≥ 20); 8.5 < 18 leaves yellow and
        // reaches no limit: cleared at 9.
        #expect(changes.map(\.0) == [1, 2, 5, 6, 8, 9])
        #expect(
            changes.map(\.1) == [
                .opened(.blue), .escalated(from: .blue, to: .yellow), .eased(from: .yellow, to: .blue), .escalated(from: .blue, to: .red),
                .eased(from: .red, to: .yellow), .cleared(from: .yellow),
            ])
    }

    @Test("a falling pressure: the `below` direction mirrors the limits and the band")
    func thresholdBelow() {
        // Supply pressure in MPa: yellow at or below 0.20, orange at or below 0.15; hysteresis 0.01.
        let rule = SensorRule.threshold(ThresholdRule(direction: .below, limits: [.yellow: 0.20, .orange: 0.15], hysteresis: 0.01))
        let changes = run(rule, [(0, 0.30), (5, 0.20), (10, 0.205), (15, 0.14), (20, 0.155), (25, 0.165), (30, 0.25)])
        // 0.20 ≤ 0.20 opens yellow at 5; 0.205 < 0.21 holds; 0.14 orange at 15; 0.155 < 0.16 holds orange;
        // 0.165 ≥ 0.16 leaves orange, and 0.165 ≤ 0.20 is yellow: eased at 25; 0.25 ≥ 0.21 clears at 30.
        #expect(changes.map(\.0) == [5, 15, 25, 30])
        #expect(
            changes.map(\.1) == [
                .opened(.yellow), .escalated(from: .yellow, to: .orange), .eased(from: .orange, to: .yellow), .cleared(from: .yellow),
            ])
    }

    @Test("rate of change: a pressure fall faster than 0.01 MPa per minute over a 5-minute window")
    func rateOfChange() {
        let rule = SensorRule.rateOfChange(RateOfChangeRule(direction: .fall, perMinute: 0.01, windowSeconds: 300, level: .orange))
        let series: [(Double, Double)] = [(0, 0.40), (1, 0.399), (2, 0.398), (3, 0.369), (4, 0.35), (5, 0.345), (8, 0.344), (9, 0.343)]
        let changes = run(rule, series)
        // Minute 1: (0.399 − 0.40)/1 = −0.001; 2: −0.001; 3: (0.369 − 0.40)/3 = −0.0103 → opens at 3;
        // 4: −0.0125; 5: (0.345 − 0.40)/5 = −0.011 (minute 0 is exactly 5 minutes back, still in the window);
        // 8: the window reaches back to minute 3: (0.344 − 0.369)/5 = −0.005 → clears at 8.
        #expect(changes.map(\.0) == [3, 8])
        #expect(changes.map(\.1) == [.opened(.orange), .cleared(from: .orange)])
    }

    @Test("flat line: within 0.05 of the run's first reading for 30 minutes and three readings")
    func flatLine() {
        let rule = SensorRule.flatLine(FlatLineRule(minutes: 30, tolerance: 0.05, level: .blue))
        let series: [(Double, Double)] = [(0, 1.2), (10, 1.0), (20, 1.02), (30, 0.98), (40, 1.04), (50, 1.3), (60, 1.31)]
        let changes = run(rule, series)
        // The run starts again at minute 10 (1.0 is 0.2 from 1.2); 20, 30 and 40 stay within 0.05 of 1.0; at 40
        // the run is 30 minutes long with four readings → stuck at 40; 1.3 starts a new run → cleared at 50.
        #expect(changes.map(\.0) == [40, 50])
        #expect(changes.map(\.1) == [.opened(.blue), .cleared(from: .blue)])
    }

    @Test("silence: 15 minutes without a reading, judged on the clock, cleared by the next reading")
    func silence() {
        let rule = SensorRule.silence(SilenceRule(minutes: 15, level: .yellow))
        let changes = run(rule, [(0, 1), (5, 1), (40, 1)], ticks: [10, 19, 21, 30])
        // Last reading at 5; the tick at 19 is 14 minutes later, the tick at 21 is 16: the alert opens at 5 + 15 = 20,
        // once (the tick at 30 changes nothing); the reading at 40 clears it.
        #expect(changes.map(\.0) == [20, 40])
        #expect(changes.map(\.1) == [.opened(.yellow), .cleared(from: .yellow)])
    }

    @Test("late and repeated readings do not move an alert")
    func lateReadings() {
        let rule = SensorRule.threshold(ThresholdRule(direction: .above, limits: [.red: 50]))
        var tracker = SensorRuleTracker(rule: rule)
        #expect(tracker.observe(time: at(10), value: 60)?.kind == .opened(.red))
        #expect(tracker.observe(time: at(5), value: 0) == nil)
        #expect(tracker.observe(time: at(10), value: 0) == nil)
        #expect(tracker.level == .red)
        #expect(tracker.observe(time: at(11), value: 0)?.kind == .cleared(from: .red))
    }

    @Test("unsound rules are refused with the field named")
    func problems() {
        let misordered = ThresholdRule(direction: .above, limits: [.blue: 30, .red: 20], hysteresis: -1)
        #expect(misordered.problems().map(\.field) == ["hysteresis", "limits.red"])
        #expect(ThresholdRule(direction: .above, limits: [:]).problems().map(\.field) == ["limits"])
        #expect(ThresholdRule(direction: .below, limits: [.yellow: .nan]).problems().map(\.field) == ["limits.yellow"])
        #expect(RateOfChangeRule(direction: .rise, perMinute: 0, windowSeconds: .infinity, level: .red).problems().count == 2)
        #expect(SilenceRule(minutes: -1, level: .blue).problems().map(\.field) == ["minutes"])
    }

    @Test("rules travel as JSON with a kind and levels keyed by number")
    func coding() throws {
        let json = #"{"kind":"threshold","direction":"above","limits":{"4":10,"1":50},"hysteresis":2}"#
        let rule = try JSONDecoder().decode(SensorRule.self, from: Data(json.utf8))
        #expect(rule == .threshold(ThresholdRule(direction: .above, limits: [.blue: 10, .red: 50], hysteresis: 2)))
        let again = try JSONDecoder().decode(SensorRule.self, from: JSONEncoder().encode(rule))
        #expect(again == rule)
        let silence = try JSONDecoder().decode(SensorRule.self, from: Data(#"{"kind":"silence","minutes":15,"level":4}"#.utf8))
        #expect(silence == .silence(SilenceRule(minutes: 15, level: .blue)))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SensorRule.self, from: Data(#"{"kind":"guess"}"#.utf8)) }
    }
}
