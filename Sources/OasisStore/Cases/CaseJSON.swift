import Foundation
import OasisCore

/// Hand-written JSON for the case columns written on hot paths (intake, bulk import): the same text the
/// decoder reads (ISO-8601 times in whole seconds, nil fields left out), without a JSONEncoder per row.
enum CaseJSON {
    static func workflow(_ w: CaseWorkflow) -> String {
        var json =
            "{\"status\":\"\(w.status.rawValue)\",\"reworkCount\":\(w.reworkCount),\"reopenCount\":\(w.reopenCount),\"returnCount\":\(w.returnCount)"
        if let closure = w.closure { json += ",\"closure\":\"\(closure.rawValue)\"" }
        if let unit = w.unit {
            json += ",\"unit\":"
            JSONText.appendString(unit, to: &json)
        }
        if let unit = w.lastHandlingUnit {
            json += ",\"lastHandlingUnit\":"
            JSONText.appendString(unit, to: &json)
        }
        if let target = w.mergedInto { json += ",\"mergedInto\":\(target)" }
        if let contacted = w.contacted { json += ",\"contacted\":\(contacted)" }
        if let resolved = w.resolved { json += ",\"resolved\":\(resolved)" }
        if let satisfaction = w.satisfaction { json += ",\"satisfaction\":\"\(satisfaction.rawValue)\"" }
        if let calls = w.unreachedVisits { json += ",\"unreachedVisits\":\(calls)" }
        return json + "}"
    }

    static func deadlines(_ d: CaseDeadlines) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        bytes += "{\"resolveBy\":\"".utf8
        appendISO(d.resolveBy, to: &bytes)
        bytes += "\",\"respondBy\":\"".utf8
        appendISO(d.respondBy, to: &bytes)
        bytes += "\",\"warnAt\":\"".utf8
        appendISO(d.warnAt, to: &bytes)
        bytes += "\"".utf8
        if let years = d.provisionalYears { bytes += ",\"provisionalYears\":[\(years.map(String.init).joined(separator: ","))]".utf8 }
        bytes += "}".utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, seconds rounded down.
    static func iso(_ date: Date) -> String {
        var bytes: [UInt8] = []
        appendISO(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `iso` written digit by digit (bulk imports write three per case).
    static func appendISO(_ date: Date, to bytes: inout [UInt8]) {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let day = CalendarDay(ordinal: days)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        if (1000...9999).contains(day.year) { digits(day.year, 4) } else { bytes += "\(day.year)".utf8 }
        bytes.append(UInt8(ascii: "-"))
        digits(day.month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day.day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(rest / 3600, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(rest % 3600 / 60, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(rest % 60, 2)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// The reporter's fields in key order (as `JSONColumn.text` would write them), nil fields left out.
    static func reporter(_ r: CaseReporter) -> String {
        var json = "{"
        func field(_ key: String, _ value: String?) {
            guard let value else { return }
            if json.utf8.count > 1 { json += "," }
            json += "\"\(key)\":"
            JSONText.appendString(value, to: &json)
        }
        field("email", r.email)
        field("language", r.language?.rawValue)
        field("name", r.name)
        field("phone", r.phone)
        return json + "}"
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
