import Foundation
import Logging
import OasisCore

/// Logs as JSON lines on standard error (`--log-format json`), one object per event, for log collectors
/// (journald's JSON export, Loki, Elasticsearch): `time` (ISO 8601, UTC), `level`, `label`, `message`, then
/// every metadata value as a string under its own key.
struct JSONLineLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        let line = Self.line(time: Date(), level: event.level, label: label, message: "\(event.message)", metadata: merged)
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func line(time: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata) -> String {
        var text = "{"
        var first = true
        func field(_ key: String, _ value: String) {
            if !first { text += "," }
            first = false
            JSONText.appendString(key, to: &text)
            text += ":"
            JSONText.appendString(value, to: &text)
        }
        field("time", time.formatted(.iso8601))
        field("level", level.rawValue)
        field("label", label)
        field("message", message)
        for key in metadata.keys.sorted() where !["time", "level", "label", "message"].contains(key) {
            field(key, "\(metadata[key]!)")
        }
        return text + "}\n"
    }
}
