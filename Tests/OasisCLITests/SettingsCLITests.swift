import Foundation
import Testing

@Suite("oasis settings")
struct SettingsCLITests {
    @Test("set stores a checked value that list shows; a bad value exits non-zero naming the key and why, nothing stored; reset")
    func setListReset() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let migrated = try OasisBinary.run(["migrate", "--database", database])
        #expect(migrated.status == 0, "\(migrated.stderr)")

        let set = try OasisBinary.run(["settings", "set", "lifeline_raw_retention_days", "14", "--database", database])
        #expect(set.status == 0, "\(set.stderr)")
        let refused = try OasisBinary.run(["settings", "set", "lifeline_minute_retention_days", "-5", "--database", database])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("lifeline_minute_retention_days") && refused.stderr.contains("must be above 0, not -5"), "\(refused.stderr)")
        let unknown = try OasisBinary.run(["settings", "set", "retention", "5", "--database", database])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("lifeline_raw_retention_days"), "the refusal lists the known keys: \(unknown.stderr)")

        let listed = try OasisBinary.run(["settings", "list", "--json", "--database", database])
        let values = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let byKey = Dictionary(uniqueKeysWithValues: values.compactMap { value in (value["key"] as? String).map { ($0, value) } })
        #expect(byKey["lifeline_raw_retention_days"]?["effective"] as? String == "14")
        #expect(byKey["lifeline_minute_retention_days"]?["stored"] == nil, "the refused value was not stored")
        #expect(byKey["lifeline_minute_retention_days"]?["effective"] as? String == "180")
        let text = try OasisBinary.run(["settings", "list", "--lang", "zh-Hans", "--database", database])
        #expect(text.stdout.contains("原始读数保留天数"), "\(text.stdout)")

        let reset = try OasisBinary.run(["settings", "reset", "lifeline_raw_retention_days", "--database", database])
        #expect(reset.status == 0 && reset.stdout.contains("the default 30 is in use"), "\(reset.stdout)\(reset.stderr)")
    }
}
