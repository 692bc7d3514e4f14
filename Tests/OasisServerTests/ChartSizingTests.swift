import Foundation
import OasisCore
import Testing

@testable import OasisServer
@testable import OasisServices

/// Charts are drawn at their own size with no text under 11 px; tiles show whole names and link to the region.
@Suite("Charts at phone width: drawn at their own size, text at least 11 px, tile names whole, tiles linked")
struct ChartSizingTests {
    @Test("an SVG chart is sized in px equal to its view box, and a 9 or 10 px label is raised to 11")
    func size() {
        let svg = BarChart(title: "T", bars: [.init(label: "a", value: 50)], unit: "%", source: "src").render()
        #expect(svg.contains(#"viewBox="0 0 650 "#))
        #expect(svg.contains(#"width="650" height=""#))
        #expect(!svg.contains(#"width="100%""#))
        let sizes = svg.matches(of: #/font-size="([0-9]+)"/#).map { Int($0.output.1)! }
        #expect(sizes.min() == 11)
        #expect(SVG.text("x", x: 0, y: 0, size: 9).contains(#"font-size="11""#))
    }

    @Test("tile names: whole when they fit, broken into even lines, cut with … only past three lines")
    func tileLabel() {
        // Hand-worked at 11 px in a 66 px line: a Han character is 11 px, other letters 6.6 px.
        #expect(TileLabel.lines("乌鲁木齐市", width: 66, size: 11, maxLines: 3) == ["乌鲁木齐市"])
        #expect(TileLabel.lines("昌吉回族自治州", width: 66, size: 11, maxLines: 3) == ["昌吉回族", "自治州"])
        #expect(TileLabel.lines("克孜勒苏柯尔克孜自治州", width: 66, size: 11, maxLines: 3) == ["克孜勒苏柯尔", "克孜自治州"])
        #expect(TileLabel.lines("Urumqi", width: 66, size: 11, maxLines: 3) == ["Urumqi"])
        #expect(TileLabel.lines("Changji Hui Autonomous Prefecture", width: 66, size: 11, maxLines: 3) == ["Changji ", "Hui ", "Autonomou…"])
    }

    @Test("each tile links to the region's health check and carries its whole name")
    func tiles() {
        let svg = TileMap(title: "T", tiles: [.init(code: "652300", label: "昌吉回族自治州", value: 70)], legend: "L").render()
        #expect(svg.contains(#"<a href="/evaluation/652300" data-name="昌吉回族自治州"><title>昌吉回族自治州 652300: 70.0</title>"#))
        #expect(svg.contains(#">昌吉回族</tspan><tspan x="#))
        #expect(svg.contains(#">自治州</tspan></text>"#))
        let plain = TileMap(title: "T", tiles: [.init(code: "652300", label: "x")], legend: "L", linkPrefix: nil).render()
        #expect(!plain.contains("<a "))
    }

    @Test("the language links keep the page's query and replace only lang")
    func languageLinks() {
        #expect(PageRenderer.languageLink(query: "", to: .en) == "?lang=en")
        #expect(PageRenderer.languageLink(query: "year=2023&lang=zh-Hans&region=650100", to: .ug) == "?year=2023&region=650100&lang=ug")
        #expect(PageRenderer.languageLink(query: "id=HL-2026-1&", to: .zhHans) == "?id=HL-2026-1&lang=zh-Hans")
    }
}
