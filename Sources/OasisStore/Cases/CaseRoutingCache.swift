import Foundation
import OasisCore
import Synchronization

/// What routes a new case, held in memory so that intake asks the database nothing to route it: the regions'
/// areas (`RegionLocator`), each region's line of ancestors, and the routing rules. Its `generation` also tells
/// when the region tree may have changed (the regions list's fingerprint keys on it). Loaded at the first use after
/// a change; a write by this process drops it after its commit (`invalidate`), and a write by another server or
/// by the CLI shows through the stored generation `case_routing`, which the shared-data watcher follows.
public final class CaseRoutingCache: Sendable {
    /// One loaded state of the routing data.
    struct Snapshot: Sendable {
        /// The regions' areas, deepest first.
        let locator: RegionLocator
        /// Each region's ancestors from the top, the region last.
        let lineage: [String: [String]]
        /// The unit per category and region ('' for everywhere).
        let rules: [String: [String: String]]

        /// The rule of the region itself or of its nearest ancestor with one, else the rule for everywhere.
        func unit(category: String, region: String?) -> String? {
            guard let byRegion = rules[category] else { return nil }
            guard let region, let line = lineage[region] else { return byRegion[""] }
            return line.reversed().lazy.compactMap { byRegion[$0] }.first ?? byRegion[""]
        }
    }

    /// The loaded snapshot (nil when it must be read again) and a count of invalidations, so that a load that
    /// overlapped a write does not keep what it read before the write.
    private let state = Mutex<(snapshot: Snapshot?, version: Int)>((nil, 0))

    public init() {}

    /// How many times the data was dropped in this process: what is worked out from the regions keys on it.
    public var generation: Int { state.withLock { $0.version } }

    /// Drops the loaded data: the next use reads it again.
    public func invalidate() {
        state.withLock { $0 = (nil, $0.version + 1) }
    }

    /// The loaded data, read with `load` when there is none.
    func snapshot(load: () async throws -> Snapshot) async throws -> Snapshot {
        let (loaded, version) = state.withLock { ($0.snapshot, $0.version) }
        if let loaded { return loaded }
        let fresh = try await load()
        state.withLock { if $0.version == version { $0.snapshot = fresh } }
        return fresh
    }
}
