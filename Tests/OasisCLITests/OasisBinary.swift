import Foundation
import OasisTestSupport

/// Runs the `oasis` binary built beside the test bundle.
struct OasisBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var path: String {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("oasis")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/oasis").path
    }

    /// Runs to completion (killed after `timeout` seconds).
    static func run(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil, timeout: TimeInterval = 60,
        directory: URL? = nil
    ) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["OASIS_DATABASE_URL"] = nil
        env["OASIS_BCRYPT_COST"] = "4"
        for (key, value) in environment { env[key] = value }
        let result = try ChildProcess.run(path, arguments, environment: env, directory: directory?.path, input: input ?? "", timeout: timeout)
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
