import Dispatch
import Foundation
import OasisCore
import OasisTestSupport
import Testing

@Suite("Progress reported by long steps")
struct ProgressTrackerTests {
    @Test("a step starts at 0, never goes back and ends once at its total")
    func monotone() {
        let recorder = UpdateRecorder()
        let tracker = recorder.reporter.start(.readOSM, total: 10, unit: .bytes)
        tracker.advance(by: 4)
        tracker.advance(to: 3)
        tracker.advance(by: 0)
        tracker.advance(to: 9)
        tracker.advance(by: 50)
        tracker.finish()
        tracker.advance()
        #expect(recorder.updates.map(\.completed) == [0, 4, 9, 10])
        #expect(recorder.updates.allSatisfy { $0.step == .readOSM && $0.total == 10 && $0.unit == .bytes })
        #expect(recorder.updates.last?.isFinished == true)
    }

    @Test("advancing from several threads still reports a monotone sequence ending at 100 %")
    func concurrent() {
        let recorder = UpdateRecorder()
        let tracker = recorder.reporter.start(.nearestFacility, total: 1_000)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<250 { tracker.advance() }
        }
        tracker.finish()
        let counts = recorder.updates.map(\.completed)
        #expect(counts == Array(0...1_000))
        #expect(recorder.updates.last?.fraction == 1)
    }

    @Test("an empty step is finished at once; every step has a label in both languages")
    func emptyAndLabels() {
        let recorder = UpdateRecorder()
        recorder.reporter.start(.coverage, total: 0).finish()
        #expect(recorder.updates.map(\.completed) == [0])
        #expect(recorder.updates.first?.fraction == 1)
        for step in ProgressStep.allCases {
            #expect(!MessageCatalogue.standard.text(step.messageKey, .zhHans).hasPrefix("["), "\(step) has no zh-Hans label")
            #expect(!MessageCatalogue.standard.text(step.messageKey, .en).hasPrefix("["), "\(step) has no English label")
        }
    }
}
