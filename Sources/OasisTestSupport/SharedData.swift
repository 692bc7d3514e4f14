import Foundation

/// The real data sets in `../shared/data` beside the repository (absent outside the project's machines).
public enum SharedData {
    /// The folder, or nil when it is absent (tests that need it then skip, saying why).
    public static var directory: URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() } // Sources/OasisTestSupport/SharedData.swift → repo root
        let candidate = url.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    public static func file(_ relative: String) -> URL? {
        guard let url = directory?.appendingPathComponent(relative), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    public static let absentMessage = "../shared/data is absent: skipping the test that reads real data."
}
