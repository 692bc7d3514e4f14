import Logging

extension Store {
    /// Opens the database at `location`, runs `body` and closes the store, waiting for the close whether `body`
    /// returns or throws.
    public static func using<T>(
        _ location: StoreLocation, auditAnchorPath: String?, logger: Logger, _ body: (Store) async throws -> T
    ) async throws -> T {
        let store = try await open(location, auditAnchorPath: auditAnchorPath, logger: logger)
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}
