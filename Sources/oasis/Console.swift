import Foundation

/// Unbuffered writes to standard output, so that lines reach a pipe (a supervisor, a test) at once.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
