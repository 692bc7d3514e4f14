import Foundation
import OasisCore
import OasisServer
import OasisServices
import Testing

@Suite("Maps drawn by Oasis from features (no base map)")
struct FeatureMapTests {
    /// A 0.02° × 0.01° area at 60° N: the latitude span is the longer side (0.02 × cos 60° ≈ 0.00999), so
    /// 608 SVG units (640 − 2 × 16 margin) span 0.01° of latitude and the north-west corner is at (16, 46).
    static func map() -> FeatureMap {
        let corner = GeoPoint(longitude: 24.0, latitude: 60.01)
        var map = FeatureMap(title: "Kindergartens & homes", description: "Walking minutes to the nearest kindergarten")
        map.polygons = [
            MapPolygon(
                rings: [
                    [
                        GeoPoint(longitude: 24.0, latitude: 60.0), GeoPoint(longitude: 24.02, latitude: 60.0),
                        GeoPoint(longitude: 24.02, latitude: 60.01), corner,
                    ]
                ], name: "District <1>")
        ]
        map.lines = [
            [GeoPoint(longitude: 24.001, latitude: 60.001), GeoPoint(longitude: 24.002, latitude: 60.002)],
            [
                GeoPoint(longitude: 24.003, latitude: 60.003), GeoPoint(longitude: 24.004, latitude: 60.003),
                GeoPoint(longitude: 24.005, latitude: 60.004),
            ],
            [GeoPoint(longitude: 24.006, latitude: 60.006)],
        ]
        map.categories = [
            MapCategory(key: "kindergarten", label: "Kindergarten", fill: "#d9a441", shape: .circle),
            MapCategory(key: "clinic", label: "Clinic", fill: "#a4161a", shape: .triangle),
        ]
        map.points = [
            MapPoint(position: corner, name: "Park <\"A&B\">", category: "kindergarten"),
            MapPoint(position: GeoPoint(longitude: 24.01, latitude: 60.005), name: "Health station", category: "clinic"),
            MapPoint(position: GeoPoint(longitude: 24.015, latitude: 60.002), name: "Unlisted", category: "library"),
            MapPoint(position: GeoPoint(longitude: 24.005, latitude: 60.005), name: "Home 1", value: 3),
            MapPoint(position: GeoPoint(longitude: 24.006, latitude: 60.005), name: "Home 2", value: 12),
            MapPoint(position: GeoPoint(longitude: 24.007, latitude: 60.005), name: "Home 3", value: .infinity),
        ]
        map.coverage = .minutes(title: "Kindergarten", beyond: "> 15 min")
        map.source = "Source: OpenStreetMap contributors (ODbL)"
        return map
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("polygons, one path of lines, markers by category, coloured homes, legend entries and a scale bar")
    func structure() {
        let svg = Self.map().render()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(Self.count("<desc>Walking minutes to the nearest kindergarten</desc>", in: svg) == 1)
        #expect(Self.count("<path d=\"M", in: svg) >= 1)
        #expect(Self.count("fill-rule=\"evenodd\"", in: svg) == 1)
        let lines = svg.components(separatedBy: "<path class=\"lines\" d=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
        #expect(Self.count("M", in: String(lines)) == 2, "a line of one point is not drawn")
        #expect(Self.count("<g class=\"point\"", in: svg) == 3)
        #expect(Self.count("data-category=\"library\"", in: svg) == 1)
        #expect(Self.count("class=\"valued\"", in: svg) == 3)
        #expect(Self.count("<g class=\"legend-entry\">", in: svg) == 6)
        for label in ["Kindergarten", "Clinic", "Kindergarten ≤ 5 min", "Kindergarten ≤ 10 min", "Kindergarten ≤ 15 min", "Kindergarten &gt; 15 min"]
        {
            #expect(svg.contains(">\(label)</text>"), "legend entry \(label)")
        }
        #expect(svg.contains("<g class=\"scale-bar\">"))
        #expect(svg.contains(">200 m</text>"))
        #expect(svg.contains(">Source: OpenStreetMap contributors (ODbL)</text>"))
    }

    @Test("north up: the north-west corner lands at the margin; homes take their band's fill")
    func coordinates() {
        let svg = Self.map().render()
        #expect(svg.contains("<circle cx=\"16.0\" cy=\"46.0\" r=\"5\" fill=\"#d9a441\""))
        #expect(svg.contains("<path d=\"M16.0,654.0 L"), "the district's first corner (24.00, 60.00) is 608 units below")
        #expect(svg.contains("fill=\"#0b5e52\" stroke=\"#1d2b2a\" stroke-width=\"0.4\"><title translate=\"no\">Home 1</title>"))
        #expect(svg.contains("fill=\"#7fb3a7\" stroke=\"#1d2b2a\" stroke-width=\"0.4\"><title translate=\"no\">Home 2</title>"))
        #expect(svg.contains("fill=\"#f2c6b4\" stroke=\"#1d2b2a\" stroke-width=\"0.4\"><title translate=\"no\">Home 3</title>"))
    }

    @Test("names are escaped and the output is the same every time")
    func escapingAndDeterminism() {
        let svg = Self.map().render()
        #expect(svg.contains("<title translate=\"no\">Park &lt;&quot;A&amp;B&quot;&gt;</title>"))
        #expect(svg.contains("<title translate=\"no\">District &lt;1&gt;</title>"))
        #expect(svg.contains(">Kindergartens &amp; homes</text>"))
        #expect(!svg.contains("<\"A&B\">"))
        #expect(svg == Self.map().render())
        #expect(svg.contains("aria-labelledby=\"t"))
    }

    @Test("an empty map still has its title and legend")
    func empty() {
        var map = FeatureMap(title: "Nothing yet", description: "No features")
        map.categories = [MapCategory(key: "park", label: "Park", fill: "#3f8a7b", shape: .square)]
        let svg = map.render()
        #expect(svg.contains("<title id="))
        #expect(Self.count("<g class=\"legend-entry\">", in: svg) == 1)
        #expect(!svg.contains("scale-bar"))
    }
}
