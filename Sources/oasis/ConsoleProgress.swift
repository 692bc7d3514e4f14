import Foundation
import OasisCore

/// The CLI's progress display on standard error: a bar when standard error is a terminal, plain
/// occasional lines otherwise, nothing with `--quiet`. Updates may come from several threads.
final class ConsoleProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var renderer: ProgressRenderer
    private let start = ContinuousClock.now

    init(quiet: Bool, language: Language) {
        let mode: ProgressRenderer.Mode = quiet ? .quiet : (isatty(STDERR_FILENO) == 1 ? .bar(width: 24) : .lines)
        renderer = ProgressRenderer(mode: mode, language: language)
    }

    /// The reporter to hand to the library.
    var reporter: ProgressReporter {
        ProgressReporter { [self] update in receive(update) }
    }

    private func receive(_ update: ProgressUpdate) {
        lock.lock()
        defer { lock.unlock() }
        if let text = renderer.render(update, elapsed: ContinuousClock.now - start) {
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
