import Foundation
import Logging
import OasisStore
import ServiceLifecycle
import Synchronization

/// Keeps this server's in-memory copies of shared data (the calendars, the case taxonomy, what routes a new case)
/// in step with writes by other servers on the same database and by the CLI: every `interval` it reads the data's
/// generations (one small query on the settings table) and reloads only what changed since it last looked. A write
/// through this server puts its change in use at once; another server's shows here within `interval`. Runs beside
/// the server.
public final class SharedDataWatcher: Service, Sendable {
    public let store: Store
    public let calendars: CalendarBox
    public let taxonomy: CaseTaxonomyBox
    public let grids: GridBox
    public let interval: Duration
    private let logger: Logger
    /// The generations seen at the last check; nil before the first.
    private let seen = Mutex<[SharedData: String]?>(nil)

    public init(
        store: Store, calendars: CalendarBox, taxonomy: CaseTaxonomyBox, grids: GridBox = GridBox(), interval: Duration = .seconds(1), logger: Logger
    ) {
        self.store = store
        self.calendars = calendars
        self.taxonomy = taxonomy
        self.grids = grids
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                _ = try await check()
            } catch {
                // The database is away (a restart, a fail-over): keep what is loaded and look again.
                logger.warning("shared data: cannot read the generations: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// One look: reloads what changed since the last one, and returns it.
    @discardableResult
    public func check() async throws -> Set<SharedData> {
        let current = try await store.settings.generations()
        let previous = seen.withLock { $0 }
        // At the first look, what was changed at least once is reloaded (it may have changed since this server read it).
        let changed = Set(
            SharedData.allCases.filter { data in
                guard let previous else { return current[data] != nil }
                return previous[data] != current[data]
            })
        for data in changed.sorted(by: { $0.rawValue < $1.rawValue }) {
            switch data {
            case .calendars: try await calendars.reload(store)
            case .caseTaxonomy: taxonomy.replace(with: try await CaseService.storedTaxonomy(store))
            case .caseRouting: store.cases.routing.invalidate()
            case .grids: try await grids.reload(store)
            }
        }
        // Recorded only after every reload succeeded, so that a failed one is tried again at the next look.
        seen.withLock { $0 = current }
        if previous != nil && !changed.isEmpty {
            logger.info("shared data reloaded", metadata: ["changed": "\(changed.map(\.rawValue).sorted().joined(separator: ","))"])
        }
        return changed
    }
}
