import Foundation
import OasisCore

/// Longitude and latitude to SVG coordinates: equirectangular, the longitude scaled by the cosine of the
/// mean latitude so that a metre east is as long as a metre north, north up. The longer side of the
/// points' extent fills `width − 2 × margin`; the drawing starts `top` units down.
public struct MapProjection {
    public let minLongitude: Double
    public let maxLatitude: Double
    public let cosine: Double
    /// SVG units per degree of latitude.
    public let scale: Double
    public let left: Double
    public let top: Double
    /// The height of the points' extent in SVG units.
    public let contentHeight: Double

    public init?(points: [GeoPoint], width: Double, margin: Double, top: Double) {
        guard let first = points.first else { return nil }
        var minLon = first.longitude
        var maxLon = first.longitude
        var minLat = first.latitude
        var maxLat = first.latitude
        for point in points.dropFirst() {
            minLon = min(minLon, point.longitude)
            maxLon = max(maxLon, point.longitude)
            minLat = min(minLat, point.latitude)
            maxLat = max(maxLat, point.latitude)
        }
        cosine = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = max(1e-9, (maxLon - minLon) * cosine)
        let spanY = max(1e-9, maxLat - minLat)
        scale = (width - 2 * margin) / max(spanX, spanY)
        minLongitude = minLon
        maxLatitude = maxLat
        left = margin
        self.top = top
        contentHeight = spanY * scale
    }

    public func x(_ point: GeoPoint) -> Double { left + (point.longitude - minLongitude) * cosine * scale }

    public func y(_ point: GeoPoint) -> Double { top + (maxLatitude - point.latitude) * scale }

    /// An SVG path of closed rings.
    public func path(rings: [[GeoPoint]]) -> String {
        rings.filter { !$0.isEmpty }.map { ring in
            "M" + ring.map(coordinates).joined(separator: " L") + " Z"
        }.joined(separator: " ")
    }

    /// An SVG path of an open line.
    public func path(line: [GeoPoint]) -> String {
        line.isEmpty ? "" : "M" + line.map(coordinates).joined(separator: " L")
    }

    /// Metres on the ground per SVG unit.
    public var metresPerUnit: Double { GreatCircle.earthRadius * .pi / 180 / scale }

    private func coordinates(_ point: GeoPoint) -> String {
        "\(SVG.number(x(point), decimals: 1)),\(SVG.number(y(point), decimals: 1))"
    }
}
