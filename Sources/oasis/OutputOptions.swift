import ArgumentParser

/// `--json`, which every command that prints a result takes: one JSON document on standard output
/// (`JSONOutput`), notes on standard error, errors on standard error with the exit status.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print the result as one JSON document on standard output (notes and errors go to standard error).")
    var json = false

    /// Prints `value` as JSON, or the text `text` makes.
    func emit<T: Encodable>(_ value: T, text: () -> String) throws {
        Console.line(json ? try JSONOutput.encode(value) : text())
    }

    /// A line beside the result: on standard output with text, on standard error with JSON.
    func note(_ line: String) {
        if json { Console.errorLine(line) } else { Console.line(line) }
    }
}
