import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Right-to-left pages: ranges isolated by the renderer, charts mirrored, the others left as drawn.
@Suite("Right-to-left layout: isolated ranges on pages, mirrored charts")
struct RightToLeftLayoutTests {
    /// The first number in the first match of the pattern in the SVG (the pattern starts at the element, so
    /// the number is its x).
    static func number(_ svg: String, _ pattern: String) -> Double? {
        guard let range = svg.range(of: pattern, options: .regularExpression) else { return nil }
        let match = String(svg[range])
        guard let value = match.range(of: #"-?[0-9]+\.[0-9]"#, options: .regularExpression) else { return nil }
        return Double(match[value])
    }

    @Test("a bar chart for a right-to-left page mirrors every x about the middle; its text anchors follow the direction")
    func mirroredBarChart() throws {
        let bars = [BarChart.Bar(label: "تەدبىر (9)", value: 50)]
        let ltr = BarChart(title: "T", bars: bars, unit: "%").render()
        let rtl = BarChart(title: "T", bars: bars, unit: "%", rightToLeft: true).render()
        #expect(ltr.contains(#"direction="ltr""#))
        #expect(rtl.contains(#"direction="rtl""#))
        // Hand-worked: the chart is 120 (labels) + 300 (bars) + 230 = 650 wide; a 50 % bar is 150 long.
        #expect(Self.number(ltr, #"<rect x="[0-9.]+" y="[0-9.]+" width="150.0""#) == 120)
        #expect(Self.number(rtl, #"<rect x="[0-9.]+" y="[0-9.]+" width="150.0""#) == 380) // 650 − 120 − 150
        #expect(ltr.contains(#"<text x="112.0" y="50.0" text-anchor="end""#))
        #expect(rtl.contains(#"<text x="538.0" y="50.0" text-anchor="end""#)) // 650 − 112
        #expect(ltr.contains(#"<text x="276.0" y="50.0" text-anchor="start""#)) // 120 + 150 + 6
        #expect(rtl.contains(#"<text x="374.0" y="50.0" text-anchor="start""#)) // 650 − 276
        // The 0 and 100 ticks swap sides: 0 at 120 and 100 at 420 left to right; 530 and 230 right to left.
        #expect(rtl.contains(##"<text x="530.0" y="25.0" text-anchor="middle" font-size="11" font-weight="normal" fill="#4b5d5b">0</text>"##))
        #expect(rtl.contains(##"<text x="230.0" y="25.0" text-anchor="middle" font-size="11" font-weight="normal" fill="#4b5d5b">100</text>"##))
    }

    @Test("the pages in ug isolate ranges and draw mirrored charts; in zh-Hans nothing is added")
    func pages() async throws {
        try await Harness.run { app in
            let headers: HTTPFields = [.accept: "text/html", .authorization: "Bearer \(app.analystToken)"]
            let uyghur = try await app.request(.get, "/evaluation?lang=ug", headers: headers)
            #expect(uyghur.status == .ok)
            #expect(uyghur.text.contains("<html lang=\"ug\" dir=\"rtl\""))
            // The tile map's legend, drawn as "0–20" … "80–100".
            #expect(uyghur.text.contains(">\u{2066}0–20\u{2069}</text>"))
            #expect(uyghur.text.contains("\u{2066}0–100\u{2069}"))
            let chinese = try await app.request(.get, "/evaluation?lang=zh-Hans", headers: headers)
            #expect(chinese.text.contains(">0–20</text>"))
            #expect(!chinese.text.contains("\u{2066}"))

            let region = try await app.request(.get, "/evaluation/650100?lang=ug", headers: headers)
            #expect(region.status == .ok)
            #expect(region.text.contains(#"direction="rtl""#), "the goal chart is mirrored")
            let regionZh = try await app.request(.get, "/evaluation/650100?lang=zh-Hans", headers: headers)
            #expect(!regionZh.text.contains(#"direction="rtl""#))
            // A stylesheet rule would beat the chart's own direction attribute (seen in Chromium): there is none.
            let stylesheet = try await app.request(.get, "/static/oasis.css")
            #expect(stylesheet.status == .ok)
            #expect(!stylesheet.text.contains("svg { direction"))
        }
    }

    /// TEST FIXTURE, not official hours: office hours for Xinjiang from 2026-05-01.
    static let officeHours = #"""
        {"timeZone": "Asia/Shanghai", "region": "650000", "sample": true, "note": "TEST FIXTURE, not official hours",
         "years": [],
         "officeHours": [{"from": "2026-05-01", "label": "TEST summer", "periods": [{"start": "10:00", "end": "14:00"}, {"start": "16:00", "end": "20:00"}]}]}
        """#

    @Test("the calendar page's office-hour ranges are isolated by the renderer in ug and left plain in zh-Hans")
    func officeHourRanges() async throws {
        try await Harness.run { app in
            let loaded = try await app.request(.put, "/api/v1/calendars", token: app.adminToken, json: Self.officeHours)
            #expect(loaded.status == .ok)
            let session = try await app.browserSession()
            let uyghur = try await app.request(.get, "/admin/calendars?lang=ug", headers: [.cookie: session.cookies])
            #expect(uyghur.text.contains("\u{2066}10:00–14:00\u{2069}, \u{2066}16:00–20:00\u{2069}"))
            let chinese = try await app.request(.get, "/admin/calendars?lang=zh-Hans", headers: [.cookie: session.cookies])
            #expect(chinese.text.contains("10:00–14:00, 16:00–20:00"))
            #expect(!chinese.text.contains("\u{2066}"))
        }
    }
}
