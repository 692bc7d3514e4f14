import Foundation
import OasisCore
import OasisServices

/// The map a citizen picks a place on: the outlines of the regions' stored areas drawn by Oasis as SVG (no tiles,
/// nothing from outside), in an equirectangular projection scaled by the cosine of the middle latitude. The SVG
/// carries its projection in data attributes, so that `/static/hotline.js` turns a click into degrees; each outline
/// names its region (`data-code`, a title), the deepest drawn last so that a click lands on it.
struct HotlineMap {
    struct Outline {
        var code: String
        var name: String
        var depth: Int
        var area: BoundaryArea
    }

    static let width = 600.0

    let outlines: [Outline]

    /// The SVG, or nil when no area is stored.
    func render(title: String) -> String? {
        let points = outlines.flatMap { $0.area.polygons.flatMap { $0.flatMap { $0 } } }
        guard let minLon = points.map(\.longitude).min(), let maxLon = points.map(\.longitude).max(),
            let minLat = points.map(\.latitude).min(), let maxLat = points.map(\.latitude).max(), maxLon > minLon, maxLat > minLat
        else { return nil }
        let kx = Self.width / (maxLon - minLon)
        let ky = kx / max(0.2, cos((minLat + maxLat) / 2 * .pi / 180))
        let height = (maxLat - minLat) * ky
        func coordinate(_ value: Double) -> String { SVG.number(value, decimals: 1) }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"pick-map\" viewBox=\"-4 -4 \(coordinate(Self.width + 8)) \(coordinate(height + 8))\" "
        svg += "width=\"100%\" role=\"img\" aria-labelledby=\"pick-map-title\" "
        svg += "data-min-lon=\"\(minLon)\" data-max-lat=\"\(maxLat)\" data-kx=\"\(kx)\" data-ky=\"\(ky)\">"
        svg += "<title id=\"pick-map-title\">\(SVG.escape(title))</title>"
        for outline in outlines.sorted(by: { ($0.depth, $0.code) < ($1.depth, $1.code) }) {
            let path = outline.area.polygons.flatMap { $0 }.map { ring in
                "M" + ring.map { "\(coordinate(($0.longitude - minLon) * kx)) \(coordinate((maxLat - $0.latitude) * ky))" }.joined(separator: "L")
                    + "Z"
            }.joined()
            let fill = ["#eef4f2", "#dcebe6", "#c6ddd6", "#b0cfc6"][min(3, max(0, outline.depth - 1))]
            svg += "<path class=\"area\" d=\"\(path)\" data-code=\"\(SVG.escape(outline.code))\" fill=\"\(fill)\" stroke=\"#3f6b62\" "
            svg += "stroke-width=\"1\" fill-rule=\"evenodd\"><title>\(SVG.escape(outline.name))</title></path>"
        }
        svg += "<circle id=\"pick-marker\" cx=\"0\" cy=\"0\" r=\"7\" fill=\"#b3261e\" stroke=\"#ffffff\" stroke-width=\"2\" visibility=\"hidden\"/>"
        return svg + "</svg>"
    }
}
