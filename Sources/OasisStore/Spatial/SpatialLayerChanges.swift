import Foundation
import OasisCore

/// A counter per spatial layer, raised after every write this process makes (committed or not: a spurious
/// raise only costs a reload). In-memory copies of a layer compare it to renew themselves at once; writes by
/// other processes show in the stored `spatial_layer_versions` instead.
public final class SpatialLayerChanges: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [SpatialLayer: Int] = [:]

    public init() {}

    public func raise(_ layer: SpatialLayer) {
        lock.withLock { counts[layer, default: 0] += 1 }
    }

    public func count(_ layer: SpatialLayer) -> Int {
        lock.withLock { counts[layer] ?? 0 }
    }
}
