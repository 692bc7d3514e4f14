import Foundation
import OasisCore
import OasisStore

/// The OGC API's in-memory layers, for readers whose scope is everything. A snapshot is renewed at once after a
/// write by this process (`SpatialLayerChanges`) and, for writes by other processes (an `oasis layers import`
/// beside a running server), when the stored layer version has changed, checked at most once a second. Layers
/// whose GeoJSON passes `maximumBytes` are not held; their pages are read from the database.
final class LayerSnapshotCache: @unchecked Sendable {
    private struct Entry {
        var snapshot: LayerSnapshot?
        var localCount: Int
        var version: Int64
        var checked: Date
    }

    static let defaultMaximumBytes = 64 * 1024 * 1024
    static let recheckInterval: TimeInterval = 1

    private let store: Store
    private let maximumBytes: Int
    private let lock = NSLock()
    private var entries: [SpatialLayer: Entry] = [:]

    init(store: Store, maximumBytes: Int = LayerSnapshotCache.defaultMaximumBytes) {
        self.store = store
        self.maximumBytes = maximumBytes
    }

    /// The layer in memory, or nil when it is too large to hold.
    func snapshot(_ layer: SpatialLayer) async throws -> LayerSnapshot? {
        let repository = store.spatialFeatures
        let localCount = repository.changes.count(layer)
        let now = Date()
        let cached = lock.withLock { entries[layer] }
        if let cached, cached.localCount == localCount, now.timeIntervalSince(cached.checked) < Self.recheckInterval {
            return cached.snapshot
        }
        let version = try await repository.version(layer: layer)
        if let cached, cached.localCount == localCount, cached.version == version {
            lock.withLock { entries[layer]?.checked = now }
            return cached.snapshot
        }
        let features = try await repository.snapshot(layer: layer, maximumBytes: maximumBytes, for: .system)
        let entry = Entry(snapshot: features.map(LayerSnapshot.init), localCount: localCount, version: version, checked: now)
        lock.withLock { entries[layer] = entry }
        return entry.snapshot
    }
}
