import Foundation
import OasisCore

/// A small map of a project's site against the urban development boundary, drawn with `MapProjection`
/// (no base map needed).
public struct SiteMap {
    public var title: String
    public var boundary: BoundaryArea?
    public var site: GeoPoint?
    public var area: BoundaryArea?
    public var outside: Bool

    public init(title: String, boundary: BoundaryArea? = nil, site: GeoPoint? = nil, area: BoundaryArea? = nil, outside: Bool) {
        self.title = title
        self.boundary = boundary
        self.site = site
        self.area = area
        self.outside = outside
    }

    public func render() -> String? {
        let points =
            (boundary?.polygons.flatMap { $0.flatMap { $0 } } ?? []) + (area?.polygons.flatMap { $0.flatMap { $0 } } ?? [])
            + (site.map { [$0] } ?? [])
        guard points.count > 1 || (site != nil && boundary != nil) else { return nil }
        let width = 420.0
        let margin = 24.0
        guard let projection = MapProjection(points: points, width: width, margin: margin, top: 20 + margin) else { return nil }
        let height = projection.contentHeight + 2 * margin + 20
        func path(_ area: BoundaryArea) -> String { projection.path(rings: area.polygons.flatMap { $0 }) }
        var svg = SVG.open(width: width, height: height, title: title)
        svg += SVG.text(title, x: 0, y: 14, size: 13, weight: "bold")
        if let boundary {
            svg +=
                "<path d=\"\(path(boundary))\" fill=\"#e8f1ef\" fill-rule=\"evenodd\" stroke=\"#0b6e63\" stroke-width=\"1.5\" stroke-dasharray=\"6,3\"/>"
        }
        if let area { svg += "<path d=\"\(path(area))\" fill=\"#d9a441\" fill-opacity=\"0.6\" stroke=\"#6b4a00\"/>" }
        if let site {
            let fill = outside ? "#a4161a" : "#1d2b2a"
            svg +=
                "<circle cx=\"\(SVG.number(projection.x(site)))\" cy=\"\(SVG.number(projection.y(site)))\" r=\"6\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"2\"/>"
        }
        return svg + "</svg>"
    }
}
