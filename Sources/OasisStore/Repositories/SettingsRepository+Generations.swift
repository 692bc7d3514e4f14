import Foundation

extension SettingsRepository {
    /// Gives shared data a new generation, inside the transaction that changes it, so that other servers reload it.
    /// One upsert: two servers changing the same data at once both succeed, and the later commit's value stays.
    public func markChanged(_ data: SharedData, on executor: any SQLExecutor) async throws {
        try await Self.markChanged(data, on: executor)
    }

    /// `markChanged(_:on:)` for a repository that holds no settings repository.
    static func markChanged(_ data: SharedData, on executor: any SQLExecutor) async throws {
        try await executor.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [.text(data.key), .text(UUID().uuidString)])
    }

    /// The current generation of each shared data that has been changed at least once.
    public func generations() async throws -> [SharedData: String] {
        var found: [SharedData: String] = [:]
        let keys = SharedData.allCases.map(\.key)
        for row in try await database.query(
            "SELECT key, value FROM settings WHERE key IN (\(Placeholders.list(keys.count)))", keys.map { .text($0) })
        {
            let key = try row.string("key")
            if let data = SharedData.allCases.first(where: { $0.key == key }) { found[data] = try row.string("value") }
        }
        return found
    }
}
