/// An error about one input (a file, an option's value), so that the message names it: `CommandLineEdge`
/// prints "`subject`: the underlying error's message". Nothing else is added or translated here.
struct InputError: Error {
    let subject: String
    let underlying: any Error

    /// Runs `body`, naming `subject` in any error it throws.
    static func naming<T>(_ subject: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw InputError(subject: subject, underlying: error) }
    }

    /// Runs `body`, naming `subject` in any error it throws.
    static func naming<T>(_ subject: String, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw InputError(subject: subject, underlying: error) }
    }
}
