import OasisCore
import Testing

@testable import oasis

@Suite("The CLI's progress display")
struct ProgressRendererTests {
    static func update(_ completed: Int, of total: Int, _ step: ProgressStep = .readOSM, _ unit: ProgressUnit = .bytes) -> ProgressUpdate {
        ProgressUpdate(step: step, completed: completed, total: total, unit: unit)
    }

    @Test("without a terminal: a line when a step starts, at each quarter reached and when it ends")
    func lines() {
        var renderer = ProgressRenderer(mode: .lines, language: .en)
        let megabyte = 1_048_576
        let texts = [
            renderer.render(Self.update(0, of: 4 * megabyte), elapsed: .seconds(1)),
            renderer.render(Self.update(megabyte / 2, of: 4 * megabyte), elapsed: .seconds(2)),
            renderer.render(Self.update(megabyte * 3 / 2, of: 4 * megabyte), elapsed: .milliseconds(2_500)),
            renderer.render(Self.update(megabyte * 7 / 4, of: 4 * megabyte), elapsed: .seconds(3)),
            renderer.render(Self.update(4 * megabyte, of: 4 * megabyte), elapsed: .seconds(5)),
        ].compactMap { $0 }
        #expect(
            texts == [
                "Reading OSM data: 0 % (0.0/4.0 MB, 0.0 s)\n",
                "Reading OSM data: 25 % (1.5/4.0 MB, 1.5 s)\n",
                "Reading OSM data: 100 % (4.0/4.0 MB, 4.0 s, done)\n",
            ])
    }

    @Test("labels follow the language; counted items show as n/total")
    func chinese() {
        var renderer = ProgressRenderer(mode: .lines, language: .zhHans)
        _ = renderer.render(Self.update(0, of: 10, .nearestFacility, .items), elapsed: .zero)
        let text = renderer.render(Self.update(10, of: 10, .nearestFacility, .items), elapsed: .milliseconds(300))
        #expect(text == "计算最近设施距离: 100 % (10/10 项, 0.3 s, 完成)\n")
    }

    @Test("on a terminal: one line redrawn in place when the whole percentage changes, ended by a newline")
    func bar() {
        var renderer = ProgressRenderer(mode: .bar(width: 10), language: .en)
        let start = renderer.render(Self.update(0, of: 200, .shelterReach, .items), elapsed: .zero)
        #expect(start == "\r\u{1B}[2KShelter service areas [░░░░░░░░░░]   0 % 0/200 items 0.0 s")
        let unchanged = renderer.render(Self.update(1, of: 200, .shelterReach, .items), elapsed: .zero)
        #expect(unchanged == nil)
        let half = renderer.render(Self.update(100, of: 200, .shelterReach, .items), elapsed: .seconds(1)) ?? ""
        #expect(half.hasSuffix("[█████░░░░░]  50 % 100/200 items 1.0 s"))
        let end = renderer.render(Self.update(200, of: 200, .shelterReach, .items), elapsed: .seconds(2)) ?? ""
        #expect(end.hasSuffix("100 % 200/200 items 2.0 s\n"))
    }

    @Test("--quiet draws nothing")
    func quiet() {
        var renderer = ProgressRenderer(mode: .quiet, language: .en)
        let texts = [renderer.render(Self.update(0, of: 1), elapsed: .zero), renderer.render(Self.update(1, of: 1), elapsed: .zero)]
        #expect(texts == [nil, nil])
    }
}
