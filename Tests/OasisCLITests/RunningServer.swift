import Foundation
import OasisTestSupport

/// `oasis serve --port 0` started in a directory (its default SQLite store and demo there), with what it has
/// printed by the time it was listening and the port it chose.
struct RunningServer {
    let process: ChildProcess
    /// Standard output up to the "listening on" line (or the deadline).
    let banner: String

    /// Starts the server and waits up to `timeout` seconds for it to listen.
    static func start(in directory: URL, environment overrides: [String: String?], timeout: TimeInterval = 30) throws -> RunningServer {
        var environment = ProcessInfo.processInfo.environment
        environment["OASIS_BCRYPT_COST"] = "4"
        environment["OASIS_DATABASE_URL"] = nil
        for (key, value) in overrides { environment[key] = value }
        let process = try ChildProcess(
            OasisBinary.path, ["serve", "--port", "0", "--log-level", "warning"], environment: environment, directory: directory.path)
        var text = ""
        let deadline = Date() + timeout
        while !text.contains("listening on"), Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
            text = process.standardOutput
        }
        return RunningServer(process: process, banner: text)
    }

    /// The port from "listening on http://127.0.0.1:PORT", if it got that far.
    var port: String? { banner.firstMatch(of: /listening on http:\/\/127\.0\.0\.1:(\d+)/).map { String($0.1) } }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
