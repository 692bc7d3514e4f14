import Foundation
import OasisCore

/// The map on which a planner draws a project's site: the region's outline (or the urban development boundary)
/// drawn by Oasis, the current site on it, and the projection in `data-` attributes so that the page's script
/// turns a click back into longitude and latitude (x = left + (lon − minLon)·cos·scale, y = top + (maxLat − lat)·scale).
public struct SiteDrawingMap {
    public var title: String
    public var outline: BoundaryArea
    public var site: GeoPoint?
    public var area: BoundaryArea?

    public init(title: String, outline: BoundaryArea, site: GeoPoint? = nil, area: BoundaryArea? = nil) {
        self.title = title
        self.outline = outline
        self.site = site
        self.area = area
    }

    public func render() -> String? {
        let points = outline.polygons.flatMap { $0.flatMap { $0 } }
        let width = 420.0
        let margin = 16.0
        guard points.count > 2, let projection = MapProjection(points: points, width: width, margin: margin, top: margin) else { return nil }
        let height = projection.contentHeight + 2 * margin
        var svg = SVG.open(width: width, height: height, title: title)
        svg = svg.replacingOccurrences(
            of: "<svg ",
            with:
                "<svg id=\"site-map\" data-min-lon=\"\(projection.minLongitude)\" data-max-lat=\"\(projection.maxLatitude)\" data-cos=\"\(projection.cosine)\" data-scale=\"\(projection.scale)\" data-left=\"\(projection.left)\" data-top=\"\(projection.top)\" ",
            options: [], range: svg.range(of: "<svg "))
        svg += "<rect x=\"0\" y=\"0\" width=\"\(SVG.number(width))\" height=\"\(SVG.number(height))\" fill=\"#f7faf9\"/>"
        svg +=
            "<path d=\"\(projection.path(rings: outline.polygons.flatMap { $0 }))\" fill=\"#e8f1ef\" fill-rule=\"evenodd\" stroke=\"#0b6e63\" stroke-width=\"1.5\"/>"
        if let area {
            svg += "<path d=\"\(projection.path(rings: area.polygons.flatMap { $0 }))\" fill=\"#d9a441\" fill-opacity=\"0.5\" stroke=\"#6b4a00\"/>"
        }
        if let site {
            svg += "<circle cx=\"\(SVG.number(projection.x(site)))\" cy=\"\(SVG.number(projection.y(site)))\" r=\"5\" fill=\"#1d2b2a\"/>"
        }
        return svg + "<g id=\"site-drawing\"></g></svg>"
    }
}
