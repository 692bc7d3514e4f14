import NIOConcurrencyHelpers
import OasisCore
import OasisStore

/// The calendars in use (`CalendarBook`): read from the store on first use and swapped as a whole when an
/// operator loads a file through this process. Another server's or the CLI's load is put in use by
/// `SharedDataWatcher`, which calls `reload` when the calendars' generation in the store changes.
public final class CalendarBox: Sendable {
    private let book: NIOLockedValueBox<CalendarBook?>

    public init(_ book: CalendarBook? = nil) { self.book = NIOLockedValueBox(book) }

    /// The book in use, read from the store the first time.
    public func current(_ store: Store) async throws -> CalendarBook {
        if let book = book.withLockedValue({ $0 }) { return book }
        return try await reload(store)
    }

    /// Reads the stored calendars again and puts them in use.
    @discardableResult
    public func reload(_ store: Store) async throws -> CalendarBook {
        let next = try CalendarBook(files: try await store.calendars.files())
        book.withLockedValue { $0 = next }
        return next
    }
}
