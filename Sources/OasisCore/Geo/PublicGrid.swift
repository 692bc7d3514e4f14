import Foundation

/// Where the public is told a case is: its point snapped to the nearest node of a grid `metres` apart, so
/// that every report inside one cell shows the same coordinates and none shows its exact place.
///
/// The grid is drawn in degrees scaled to metres on the sphere of `GreatCircle.earthRadius` (one degree of latitude
/// is R·π/180 ≈ 111,195 m): the latitude is rounded to the nearest multiple of `metres / 111,195` degrees, then the
/// longitude to the nearest multiple of `metres / (111,195 · cos φ′)` degrees, φ′ being the rounded latitude — so all
/// points of one row of cells share one longitude step, and a cell is `metres` wide on the ground. A snapped point
/// is at most half a cell's diagonal (≈ 71 m for 100 m) from the true one. Results are written to 6 decimals
/// (≈ 0.1 m), which keeps the text short without moving the grid.
public struct PublicGrid: Sendable, Equatable {
    public static let standardMetres = 100.0
    public let metres: Double

    public init(metres: Double = PublicGrid.standardMetres) { self.metres = metres }

    /// Metres in one degree of latitude on the mean-radius sphere.
    public static let metresPerDegree = GreatCircle.earthRadius * .pi / 180

    public func snap(_ point: GeoPoint) -> GeoPoint {
        let latitudeStep = metres / Self.metresPerDegree
        let latitude = min(90, max(-90, (point.latitude / latitudeStep).rounded() * latitudeStep))
        let scale = cos(latitude * .pi / 180)
        var longitude = 0.0
        if scale > 1e-9 {
            let longitudeStep = metres / (Self.metresPerDegree * scale)
            longitude = (point.longitude / longitudeStep).rounded() * longitudeStep
            if longitude > 180 { longitude -= 360 } else if longitude < -180 { longitude += 360 }
        }
        return GeoPoint(longitude: Self.sixDecimals(longitude), latitude: Self.sixDecimals(latitude))
    }

    static func sixDecimals(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
