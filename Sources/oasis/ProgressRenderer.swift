import Foundation
import OasisCore

/// Turns progress updates into terminal text, without touching the terminal itself (so that tests can
/// read what it draws). `.bar` redraws one line per step in place (carriage return) whenever the whole
/// percentage changes, ending it with a newline; `.lines` writes a plain line when a step starts, at each
/// quarter and when it ends (for logs and pipes); `.quiet` writes nothing.
struct ProgressRenderer {
    enum Mode: Equatable {
        case bar(width: Int)
        case lines
        case quiet
    }

    let mode: Mode
    let language: Language
    private var started: [ProgressStep: Duration] = [:]
    private var shown: [ProgressStep: Int] = [:]

    init(mode: Mode, language: Language) {
        self.mode = mode
        self.language = language
    }

    /// The text to write for an update that arrived `elapsed` after the command started, or nil.
    mutating func render(_ update: ProgressUpdate, elapsed: Duration) -> String? {
        if mode == .quiet { return nil }
        if update.completed == 0 || started[update.step] == nil {
            started[update.step] = elapsed
            shown[update.step] = nil
        }
        let stepElapsed = elapsed - (started[update.step] ?? elapsed)
        let percent = Int((update.fraction * 100).rounded(.down))
        switch mode {
        case .quiet:
            return nil
        case .bar(let width):
            guard shown[update.step] != percent else { return nil }
            shown[update.step] = percent
            let filled = Int((update.fraction * Double(width)).rounded(.down))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = "\r\u{1B}[2K\(label(update.step)) [\(bar)] \(pad(percent)) % \(count(update)) \(seconds(stepElapsed))"
            return update.isFinished ? line + "\n" : line
        case .lines:
            let quarter = update.isFinished ? 4 : percent / 25
            guard shown[update.step].map({ quarter > $0 }) ?? true else { return nil }
            shown[update.step] = quarter
            let done = update.isFinished ? ", " + MessageCatalogue.standard.text("progress_done", language) : ""
            return "\(label(update.step)): \(quarter * 25) % (\(count(update)), \(seconds(stepElapsed))\(done))\n"
        }
    }

    private func label(_ step: ProgressStep) -> String {
        MessageCatalogue.standard.text(step.messageKey, language)
    }

    private func count(_ update: ProgressUpdate) -> String {
        switch update.unit {
        case .bytes:
            let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
            return "\(megabytes(update.completed))/\(megabytes(update.total)) \(MessageCatalogue.standard.text("progress_unit_bytes", language))"
        case .items:
            return "\(update.completed)/\(update.total) \(MessageCatalogue.standard.text("progress_unit_items", language))"
        }
    }

    private func pad(_ percent: Int) -> String {
        String(repeating: " ", count: 3 - String(percent).count) + String(percent)
    }

    private func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        return String(format: "%.1f s", Double(whole) + Double(attoseconds) / 1e18)
    }
}
