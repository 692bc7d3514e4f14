import Foundation

/// Unbuffered writes to standard output, so that lines reach a pipe (a supervisor, a test) at once.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A line on standard error (notes beside a CSV or JSON document on standard output).
    static func errorLine(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
