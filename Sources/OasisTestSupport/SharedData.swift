import Foundation

/// The real data sets and the specs in `../shared` beside the repository (absent outside the project's machines).
/// Tests that read them are enabled with `SharedData.runs(…)` and find their files with `SharedData.require(…)`:
/// without the files they are reported as skipped, or fail when skips are forbidden (see `TestPrerequisite`).
public enum SharedData {
    /// `../shared`, or nil when it is absent.
    public static var root: URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() } // Sources/OasisTestSupport/SharedData.swift → repo root
        let candidate = url.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    /// The data folder, or nil when it is absent.
    public static var directory: URL? { under("data") }

    /// A file or folder below `../shared/data`, or nil when it is absent.
    public static func file(_ relative: String) -> URL? { under("data/" + relative) }

    /// A file or folder below `../shared`, or nil when it is absent.
    public static func under(_ relative: String) -> URL? {
        guard let url = root?.appendingPathComponent(relative), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// Whether a test that reads these files (below `../shared/data`) runs.
    public static func runs(_ relatives: String...) -> Bool {
        TestPrerequisite.runs(relatives.allSatisfy { file($0) != nil })
    }

    /// The file below `../shared/data`, or an error that says which file is missing and where it was looked for.
    public static func require(_ relative: String) throws -> URL {
        try requireUnder("data/" + relative)
    }

    /// The file below `../shared`, or an error naming it.
    public static func requireUnder(_ relative: String) throws -> URL {
        if let url = under(relative) { return url }
        let looked = root.map { $0.appendingPathComponent(relative).path } ?? "../shared/\(relative) (../shared itself is absent)"
        throw TestPrerequisite.Missing(description: "missing test data: \(looked)")
    }

    /// The reason a skipped test gives.
    public static func skipReason(_ relatives: String...) -> String {
        "needs ../shared/data/" + relatives.joined(separator: " and ../shared/data/") + ", which is absent here"
    }
}
