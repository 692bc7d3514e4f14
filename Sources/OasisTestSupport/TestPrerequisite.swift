import Foundation

/// What a test needs that a run may lack: a data file in `../shared`, a tool such as osmium or ogrinfo. A test
/// whose prerequisite is missing is disabled, so that Swift Testing reports it as skipped with the reason, never
/// as passed. With `OASIS_FORBID_SKIPS=1` (scripts/test sets it in CI) the test runs anyway and fails, saying
/// what is missing, so that a CI run cannot go green on tests that did not run.
public enum TestPrerequisite {
    public static var skipsForbidden: Bool { ProcessInfo.processInfo.environment["OASIS_FORBID_SKIPS"] == "1" }

    /// Whether a test with this prerequisite runs: when it is there, or when skips are forbidden.
    public static func runs(_ available: Bool) -> Bool { available || skipsForbidden }

    /// The first executable among `paths`, or an error naming the Debian package that provides it.
    public static func tool(_ paths: [String], package: String) throws -> String {
        guard let found = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing(description: "\(paths[0]) is not installed (Debian: \(package)); scripts/test installs it")
        }
        return found
    }

    /// Whether any of `paths` is an executable.
    public static func hasTool(_ paths: [String]) -> Bool {
        paths.contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Thrown when a test runs without what it needs (only with skips forbidden, or by mistake).
    public struct Missing: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }
}
