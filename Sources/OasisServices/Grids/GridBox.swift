import NIOConcurrencyHelpers
import OasisCore
import OasisStore

/// The grids in use as a `GridLocator`: read from the store on first use and swapped as a whole when grids are
/// imported through this process; another server's or the CLI's import is put in use by `SharedDataWatcher`, which
/// calls `reload` when the grids' generation changes. Intake locates each case here, without a query.
public final class GridBox: Sendable {
    private let locator: NIOLockedValueBox<GridLocator?>

    public init(_ locator: GridLocator? = nil) { self.locator = NIOLockedValueBox(locator) }

    /// The locator in use, read from the store the first time.
    public func current(_ store: Store) async throws -> GridLocator {
        if let locator = locator.withLockedValue({ $0 }) { return locator }
        return try await reload(store)
    }

    /// Reads the stored grids again and puts them in use.
    @discardableResult
    public func reload(_ store: Store) async throws -> GridLocator {
        let next = GridLocator(try await store.grids.all())
        locator.withLockedValue { $0 = next }
        return next
    }
}
