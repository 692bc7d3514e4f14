import Foundation
import OasisCore
import Synchronization

/// A counter per spatial layer, raised after every write this process makes (committed or not: a spurious
/// raise only costs a reload). In-memory copies of a layer compare it to renew themselves at once; writes by
/// other processes show in the stored `spatial_layer_versions` instead.
public final class SpatialLayerChanges: Sendable {
    private let counts = Mutex<[SpatialLayer: Int]>([:])

    public init() {}

    public func raise(_ layer: SpatialLayer) {
        counts.withLock { $0[layer, default: 0] += 1 }
    }

    public func count(_ layer: SpatialLayer) -> Int {
        counts.withLock { $0[layer] ?? 0 }
    }
}
