import Foundation
import OasisCore

/// A small map of a project's site against the urban development boundary, drawn in an equirectangular
/// projection scaled by the cosine of the latitude (no base map needed).
struct SiteMap {
    var title: String
    var boundary: BoundaryArea?
    var site: GeoPoint?
    var area: BoundaryArea?
    var outside: Bool

    func render() -> String? {
        let points = (boundary?.polygons.flatMap { $0.flatMap { $0 } } ?? []) + (area?.polygons.flatMap { $0.flatMap { $0 } } ?? []) + (site.map { [$0] } ?? [])
        guard points.count > 1 || (site != nil && boundary != nil) else { return nil }
        let minLon = points.map(\.longitude).min()!, maxLon = points.map(\.longitude).max()!
        let minLat = points.map(\.latitude).min()!, maxLat = points.map(\.latitude).max()!
        let meanLat = (minLat + maxLat) / 2
        let scaleX = max(1e-9, (maxLon - minLon) * cos(meanLat * .pi / 180)), scaleY = max(1e-9, maxLat - minLat)
        let width = 420.0, margin = 24.0
        let scale = (width - 2 * margin) / max(scaleX, scaleY)
        let height = scaleY * scale + 2 * margin + 20
        func x(_ point: GeoPoint) -> Double { margin + (point.longitude - minLon) * cos(meanLat * .pi / 180) * scale }
        func y(_ point: GeoPoint) -> Double { 20 + margin + (maxLat - point.latitude) * scale }
        func path(_ area: BoundaryArea) -> String {
            area.polygons.flatMap { $0 }.map { ring in
                "M" + ring.map { "\(SVG.number(x($0), decimals: 1)),\(SVG.number(y($0), decimals: 1))" }.joined(separator: " L") + " Z"
            }.joined(separator: " ")
        }
        var svg = SVG.open(width: width, height: height, title: title)
        svg += SVG.text(title, x: 0, y: 14, size: 13, weight: "bold")
        if let boundary {
            svg += "<path d=\"\(path(boundary))\" fill=\"#e8f1ef\" fill-rule=\"evenodd\" stroke=\"#0b6e63\" stroke-width=\"1.5\" stroke-dasharray=\"6,3\"/>"
        }
        if let area { svg += "<path d=\"\(path(area))\" fill=\"#d9a441\" fill-opacity=\"0.6\" stroke=\"#6b4a00\"/>" }
        if let site {
            let fill = outside ? "#a4161a" : "#1d2b2a"
            svg += "<circle cx=\"\(SVG.number(x(site)))\" cy=\"\(SVG.number(y(site)))\" r=\"6\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"2\"/>"
        }
        return svg + "</svg>"
    }
}
