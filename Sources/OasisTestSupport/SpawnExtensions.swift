import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The two `posix_spawn` file actions glibc has had since 2.29 and 2.34 but Swift's Glibc module does not
/// declare: closing every descriptor from a number up, and changing directory. Looked up by name at run time.
enum SpawnExtensions {
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// The child closes every descriptor from `lowest` up before it runs the program.
    static func closeFrom(_ lowest: Int32, _ actions: inout posix_spawn_file_actions_t) throws {
        let function: CloseFrom = try lookUp("posix_spawn_file_actions_addclosefrom_np")
        try check(function(&actions, lowest), "posix_spawn_file_actions_addclosefrom_np")
    }

    /// The child changes to `directory` before it runs the program.
    static func changeDirectory(_ directory: String, _ actions: inout posix_spawn_file_actions_t) throws {
        let function: ChangeDirectory = try lookUp("posix_spawn_file_actions_addchdir_np")
        try check(directory.withCString { function(&actions, $0) }, "posix_spawn_file_actions_addchdir_np")
    }

    private static func lookUp<Function>(_ name: String) throws -> Function {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            throw ChildProcessError(message: "this C library has no \(name) (glibc 2.34 or later is needed)")
        }
        return unsafeBitCast(symbol, to: Function.self)
    }

    private static func check(_ status: Int32, _ name: String) throws {
        guard status == 0 else { throw ChildProcessError(message: "\(name) failed: \(String(cString: strerror(status)))") }
    }
}
