/// A failure the CLI itself finds (a user that does not exist, a file it cannot read or write), reported by
/// `CommandLineEdge` as one line on standard error with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
