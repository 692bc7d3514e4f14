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
        /// A request is already asking the database for the version; the others keep serving this snapshot.
        var checking = false
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
        // Under load many requests find the check due at the same moment; one asks, the rest keep the snapshot.
        let (cached, asks) = lock.withLock { () -> (Entry?, Bool) in
            guard var entry = entries[layer], entry.localCount == localCount else { return (entries[layer], true) }
            if now.timeIntervalSince(entry.checked) < Self.recheckInterval || entry.checking { return (entry, false) }
            entry.checking = true
            entries[layer] = entry
            return (entry, true)
        }
        if let cached, !asks { return cached.snapshot }
        do {
            let version = try await repository.version(layer: layer)
            if let cached, cached.localCount == localCount, cached.version == version {
                lock.withLock {
                    entries[layer]?.checked = now
                    entries[layer]?.checking = false
                }
                return cached.snapshot
            }
            let features = try await repository.snapshot(layer: layer, maximumBytes: maximumBytes, for: .system)
            let entry = Entry(snapshot: features.map(LayerSnapshot.init), localCount: localCount, version: version, checked: now)
            lock.withLock { entries[layer] = entry }
            return entry.snapshot
        } catch {
            lock.withLock { entries[layer]?.checking = false }
            throw error
        }
    }
}
