import NIOConcurrencyHelpers
import OasisCore
import OasisStore

/// The street colourings the living-circle page drew last, so that looking at a map again does not search the walking
/// network again: each kept under what it was drawn from — the network file, the facility type, the walking speed,
/// the imported facilities of that type and the outline.
final class StreetColourCache: Sendable {
    struct Key: Hashable, Sendable {
        var network: String
        var type: String
        var speed: Double
        /// The imported facilities' positions (longitude, latitude, …) in id order.
        var imported: [Double]
        var outline: [Double]

        init(network: String, type: String, speed: Double, imported: [SpatialFeaturePoint], outline: [GeoPoint]) {
            self.network = network
            self.type = type
            self.speed = speed
            let alternatives = type.split(separator: "|").map(String.init)
            self.imported = imported.filter { alternatives.contains($0.kind ?? "") }.sorted { $0.id < $1.id }.flatMap {
                [$0.longitude, $0.latitude]
            }
            self.outline = outline.flatMap { [$0.longitude, $0.latitude] }
        }
    }

    /// How many colourings are kept (a few maps of a few types).
    static let capacity = 8
    private let kept = NIOLockedValueBox([(key: Key, streets: LivingCircleStreets)]())

    /// The kept colouring for `key`, or the one `make` draws (then kept, the oldest let go).
    func streets(_ key: Key, make: () -> LivingCircleStreets) -> LivingCircleStreets {
        if let found = kept.withLockedValue({ $0.first { $0.key == key }?.streets }) { return found }
        let streets = make()
        kept.withLockedValue { kept in
            kept.removeAll { $0.key == key }
            kept.insert((key, streets), at: 0)
            if kept.count > Self.capacity { kept.removeLast(kept.count - Self.capacity) }
        }
        return streets
    }
}
