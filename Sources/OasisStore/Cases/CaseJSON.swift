import Foundation
import OasisCore

/// Hand-written JSON for the case columns written on hot paths (intake, bulk import): the same text the
/// decoder reads (ISO-8601 times in whole seconds, nil fields left out), without a JSONEncoder per row.
enum CaseJSON {
    static func workflow(_ w: CaseWorkflow) -> String {
        var json = "{\"status\":\"\(w.status.rawValue)\",\"reworkCount\":\(w.reworkCount),\"reopenCount\":\(w.reopenCount),\"returnCount\":\(w.returnCount)"
        if let closure = w.closure { json += ",\"closure\":\"\(closure.rawValue)\"" }
        if let unit = w.unit { json += ",\"unit\":"; JSONText.appendString(unit, to: &json) }
        if let unit = w.lastHandlingUnit { json += ",\"lastHandlingUnit\":"; JSONText.appendString(unit, to: &json) }
        if let target = w.mergedInto { json += ",\"mergedInto\":\(target)" }
        if let contacted = w.contacted { json += ",\"contacted\":\(contacted)" }
        if let resolved = w.resolved { json += ",\"resolved\":\(resolved)" }
        if let satisfaction = w.satisfaction { json += ",\"satisfaction\":\"\(satisfaction.rawValue)\"" }
        return json + "}"
    }

    static func deadlines(_ d: CaseDeadlines) -> String {
        "{\"resolveBy\":\"\(iso(d.resolveBy))\",\"respondBy\":\"\(iso(d.respondBy))\",\"warnAt\":\"\(iso(d.warnAt))\"}"
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, seconds rounded down.
    static func iso(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let day = CalendarDay(ordinal: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.description)T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    static func strings(_ values: [String]) -> String {
        guard !values.isEmpty else { return "[]" }
        var json = "["
        for (index, value) in values.enumerated() {
            if index > 0 { json += "," }
            JSONText.appendString(value, to: &json)
        }
        return json + "]"
    }
}
