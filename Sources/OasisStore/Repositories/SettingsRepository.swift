/// Small named values the system keeps about itself (for example whether the demo was seeded).
public struct SettingsRepository: Sendable {
    let database: any SQLDatabase

    public func get(_ key: String) async throws -> String? {
        try await database.first("SELECT value FROM settings WHERE key = ?", [.text(key)])?.optionalString("value")
    }

    public func set(_ key: String, _ value: String, on executor: (any SQLExecutor)? = nil) async throws {
        let target: any SQLExecutor = executor ?? database
        // One statement (an upsert on the key), so that it may also stand in a combined write (`CombinedWrites`).
        try await target.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [.text(key), .text(value)])
    }

    public func remove(_ key: String, on executor: (any SQLExecutor)? = nil) async throws {
        try await (executor ?? database).execute("DELETE FROM settings WHERE key = ?", [.text(key)])
    }
}
