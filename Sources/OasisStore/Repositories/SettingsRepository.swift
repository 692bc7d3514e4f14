/// Small named values the system keeps about itself (for example whether the demo was seeded).
public struct SettingsRepository: Sendable {
    let database: any SQLDatabase

    public func get(_ key: String) async throws -> String? {
        try await database.first("SELECT value FROM settings WHERE key = ?", [.text(key)])?.optionalString("value")
    }

    public func set(_ key: String, _ value: String, on executor: (any SQLExecutor)? = nil) async throws {
        let target: any SQLExecutor = executor ?? database
        try await target.execute("DELETE FROM settings WHERE key = ?", [.text(key)])
        try await target.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [.text(key), .text(value)])
    }

    public func remove(_ key: String, on executor: (any SQLExecutor)? = nil) async throws {
        try await (executor ?? database).execute("DELETE FROM settings WHERE key = ?", [.text(key)])
    }
}
