import Foundation
import NIOConcurrencyHelpers
import OasisCore

/// The CLI's progress display on standard error: a bar when standard error is a terminal, plain
/// occasional lines otherwise, nothing with `--quiet`. Updates may come from several threads: the renderer
/// and the write happen under one lock, so that lines never interleave.
final class ConsoleProgress: Sendable {
    private let renderer: NIOLockedValueBox<ProgressRenderer>
    private let start = ContinuousClock.now

    init(quiet: Bool, language: Language) {
        let mode: ProgressRenderer.Mode = quiet ? .quiet : (isatty(STDERR_FILENO) == 1 ? .bar(width: 24) : .lines)
        renderer = NIOLockedValueBox(ProgressRenderer(mode: mode, language: language))
    }

    /// The reporter to hand to the library.
    var reporter: ProgressReporter {
        ProgressReporter { [self] update in receive(update) }
    }

    private func receive(_ update: ProgressUpdate) {
        renderer.withLockedValue { renderer in
            if let text = renderer.render(update, elapsed: ContinuousClock.now - start) {
                FileHandle.standardError.write(Data(text.utf8))
            }
        }
    }
}
