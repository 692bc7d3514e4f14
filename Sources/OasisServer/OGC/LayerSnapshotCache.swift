import Foundation
import OasisCore
import OasisServices
import OasisStore
import Synchronization

/// The OGC API's in-memory layers, for readers whose scope is everything. A snapshot is renewed at once after a
/// write by this process (`SpatialLayerChanges`) and, for writes by other processes (an `oasis layers import`
/// beside a running server), when the stored layer version has changed, checked at most once a second. Layers
/// whose GeoJSON passes `maximumBytes` are not held; their pages are read from the database.
final class LayerSnapshotCache: Sendable {
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

    /// A reading of the whole layer under way, for the local write count it started after.
    private struct Load {
        let localCount: Int
        let task: Task<Entry, any Error>
    }

    private let store: Store
    private let maximumBytes: Int
    private struct State {
        var entries: [SpatialLayer: Entry] = [:]
        var loads: [SpatialLayer: Load] = [:]
    }

    private let state = Mutex(State())

    init(store: Store, maximumBytes: Int = LayerSnapshotCache.defaultMaximumBytes) {
        self.store = store
        self.maximumBytes = maximumBytes
    }

    /// The layer in memory, or nil when it is too large to hold. Under load many requests find the version
    /// check due, or the layer just written, at the same moment: one asks and one reads, the others keep the
    /// snapshot they have or wait for that one reading.
    func snapshot(_ layer: SpatialLayer) async throws -> LayerSnapshot? {
        let localCount = store.spatialFeatures.changes.count(layer)
        let now = Date()
        enum Step {
            case serve(LayerSnapshot?)
            case check(Entry)
            case wait(Task<Entry, any Error>)
        }
        let step = state.withLock { state -> Step in
            if let entry = state.entries[layer], entry.localCount == localCount {
                if now.timeIntervalSince(entry.checked) < Self.recheckInterval || entry.checking { return .serve(entry.snapshot) }
                state.entries[layer]?.checking = true
                return .check(entry)
            }
            return .wait(load(layer, localCount: localCount, now: now, in: &state))
        }
        switch step {
        case .serve(let snapshot):
            return snapshot
        case .wait(let task):
            return try await task.value.snapshot
        case .check(let entry):
            let version: Int64
            do {
                version = try await store.spatialFeatures.version(layer: layer)
            } catch {
                state.withLock { $0.entries[layer]?.checking = false }
                throw error
            }
            let task = state.withLock { state -> Task<Entry, any Error>? in
                state.entries[layer]?.checking = false
                guard version != entry.version else {
                    state.entries[layer]?.checked = now
                    return nil
                }
                return load(layer, localCount: localCount, now: now, in: &state)
            }
            guard let task else { return entry.snapshot }
            return try await task.value.snapshot
        }
    }

    /// The reading under way for this local write count, or a new one. Called inside the state's lock. A reading
    /// replaces the entry only if no reading after a later write has replaced it first.
    private func load(_ layer: SpatialLayer, localCount: Int, now: Date, in state: inout State) -> Task<Entry, any Error> {
        if let load = state.loads[layer], load.localCount == localCount { return load.task }
        let repository = store.spatialFeatures
        let maximumBytes = maximumBytes
        let task = Task { [self] () throws -> Entry in
            defer {
                self.state.withLock { if $0.loads[layer]?.localCount == localCount { $0.loads[layer] = nil } }
            }
            let version = try await repository.version(layer: layer)
            let features = try await repository.snapshot(layer: layer, maximumBytes: maximumBytes, for: .system)
            let entry = Entry(snapshot: features.map(LayerSnapshot.init), localCount: localCount, version: version, checked: now)
            self.state.withLock { state in
                if (state.entries[layer]?.localCount ?? Int.min) <= localCount { state.entries[layer] = entry }
            }
            return entry
        }
        state.loads[layer] = Load(localCount: localCount, task: task)
        return task
    }
}
