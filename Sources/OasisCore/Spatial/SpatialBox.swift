import Foundation

/// A WGS-84 bounding box in degrees: west, south, east, north (GeoJSON `bbox` order).
public struct SpatialBox: Sendable, Hashable, Codable {
    public var minLongitude: Double
    public var minLatitude: Double
    public var maxLongitude: Double
    public var maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    /// The smallest box holding every point; nil when there are none.
    public init?(covering points: some Sequence<GeoPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        self.init(minLongitude: first.longitude, minLatitude: first.latitude, maxLongitude: first.longitude, maxLatitude: first.latitude)
        while let point = iterator.next() {
            minLongitude = min(minLongitude, point.longitude)
            maxLongitude = max(maxLongitude, point.longitude)
            minLatitude = min(minLatitude, point.latitude)
            maxLatitude = max(maxLatitude, point.latitude)
        }
    }

    /// Reads `minLon,minLat,maxLon,maxLat` (the OGC API `bbox` parameter and the CLI's `--bbox`).
    public init(parsing text: String) throws(OasisError) {
        let numbers = text.split(separator: ",").map { DecimalText.number($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4, let west = numbers[0], let south = numbers[1], let east = numbers[2], let north = numbers[3],
            (-180...180).contains(west), (-180...180).contains(east), (-90...90).contains(south), (-90...90).contains(north),
            west <= east, south <= north
        else {
            throw OasisError.invalid(
                code: "bbox_invalid", message: "A bbox is minLon,minLat,maxLon,maxLat in WGS-84 degrees, west ≤ east and south ≤ north.",
                details: [.init(field: "bbox", reason: "\"\(text)\" is not four such numbers")])
        }
        self.init(minLongitude: west, minLatitude: south, maxLongitude: east, maxLatitude: north)
    }

    /// True when the two boxes share at least a point.
    public func intersects(_ other: SpatialBox) -> Bool {
        minLongitude <= other.maxLongitude && other.minLongitude <= maxLongitude
            && minLatitude <= other.maxLatitude && other.minLatitude <= maxLatitude
    }

    public func contains(_ point: GeoPoint) -> Bool {
        (minLongitude...maxLongitude).contains(point.longitude) && (minLatitude...maxLatitude).contains(point.latitude)
    }
}
