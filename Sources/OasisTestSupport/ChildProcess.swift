import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program a test runs (the `oasis` binary, osmium, ogrinfo, Python with pandana), started with `posix_spawn`.
///
/// Not Foundation's `Process`: on Linux, `Process.run()` of Swift 6.3's Foundation can crash reading the names in
/// `/proc/self/fd` past the end of its buffer (swift-corelibs-foundation pull request 5472, merged in May 2026),
/// now and then and more often in a suite that starts many programs, as ours does; it crashed our suite once.
/// Output goes to files in a folder of the child's own, so no pipe can fill up or be held open by another child,
/// and the child inherits no descriptor but its standard three.
public final class ChildProcess: Sendable {
    /// How a finished program ended: its exit status, or the signal that ended it (as `Process.terminationStatus`).
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Whether a finished program exited or was ended by a signal.
    public enum TerminationReason: Sendable, Equatable {
        case exit
        case uncaughtSignal
    }

    /// How it ended, once it has.
    struct Ending: Sendable {
        var status: Int32
        var reason: TerminationReason
    }

    public let pid: pid_t
    private let folder: URL
    private let mergesErrors: Bool
    private let ending = Mutex<Ending?>(nil)

    /// Starts `executable` with `arguments`; the whole environment is `environment` when given, else this process's.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        input: String? = nil, mergeErrorIntoOutput: Bool = false
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        mergesErrors = mergeErrorIntoOutput
        let inputPath: String
        if let input {
            inputPath = folder.appendingPathComponent("stdin").path
            try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))
        } else {
            inputPath = "/dev/null"
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if mergeErrorIntoOutput {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        try SpawnExtensions.closeFrom(3, &actions)
        if let directory { try SpawnExtensions.changeDirectory(directory, &actions) }

        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
        guard status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw ChildProcessError(message: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        pid = child
    }

    deinit {
        if isRunning {
            kill(pid, SIGKILL)
            _ = waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a program to completion; it is sent SIGTERM after `timeout` seconds.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        input: String? = nil, mergeErrorIntoOutput: Bool = false, timeout: TimeInterval = 120
    ) throws -> Result {
        let child = try ChildProcess(
            executable, arguments, environment: environment, directory: directory, input: input, mergeErrorIntoOutput: mergeErrorIntoOutput)
        let deadline = Date() + timeout
        while child.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if child.isRunning { child.terminate() }
        let status = child.waitUntilExit()
        return Result(status: status, stdout: child.standardOutput, stderr: child.standardError)
    }

    /// Whether the program has not ended yet (reaps it when it has).
    public var isRunning: Bool {
        ending.withLock { ending in
            guard ending == nil else { return false }
            var raw: Int32 = 0
            let reaped = waitpid(pid, &raw, WNOHANG)
            if reaped == pid {
                ending = Self.ending(raw)
                return false
            }
            return reaped == 0
        }
    }

    /// Sends SIGTERM.
    public func terminate() {
        if isRunning { kill(pid, SIGTERM) }
    }

    /// Waits for the program to end; its exit status, or the number of the signal that ended it.
    @discardableResult
    public func waitUntilExit() -> Int32 {
        finish().status
    }

    /// Why it ended (waits for it to end).
    public var terminationReason: TerminationReason { finish().reason }

    /// Its exit status or signal number (waits for it to end).
    public var terminationStatus: Int32 { finish().status }

    private func finish() -> Ending {
        ending.withLock { ending in
            if let ending { return ending }
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) == -1, errno == EINTR {}
            let decoded = Self.ending(raw)
            ending = decoded
            return decoded
        }
    }

    /// What the program has written to its standard output so far.
    public var standardOutput: String { read("stdout") }

    /// What it has written to its standard error so far ("" when merged into the output).
    public var standardError: String { mergesErrors ? "" : read("stderr") }

    private func read(_ name: String) -> String {
        let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// `waitpid`'s status word: the exit status when the program exited, else the signal's number.
    static func ending(_ raw: Int32) -> Ending {
        let signal = raw & 0x7f
        return signal == 0 ? Ending(status: (raw >> 8) & 0xff, reason: .exit) : Ending(status: signal, reason: .uncaughtSignal)
    }
}

/// A program could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
