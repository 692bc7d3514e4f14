import Foundation

/// Reads readings in the InfluxDB line protocol, what Telegraf and most IoT gateways send:
///
///     measurement[,tag=value…] field=value[,field=value…] [timestamp]
///
/// The sensor is the `sensor` tag, or the measurement when there is none. A line with one field gives one
/// reading; with several, the field named `value` is the reading and any other field is refused, so that a
/// gateway's extra fields are noticed rather than silently dropped. Numbers may carry the `i` or `u` integer
/// suffix; strings and booleans are refused. A line without a timestamp takes `receivedAt`. Blank lines and
/// `#` comments are skipped. Every problem names its line (1-based) and, where it can, the field; the reader
/// returns either every reading or the problems, never part of a batch.
public struct LineProtocolReader: Sendable {
    public var precision: TimestampPrecision
    public var receivedAt: Date
    /// At most this many problems are reported (the rest are counted).
    public var maxProblems = 50

    public init(precision: TimestampPrecision = .ns, receivedAt: Date) {
        self.precision = precision
        self.receivedAt = receivedAt
    }

    public func read(_ text: Substring) throws(OasisError) -> [SensorReading] {
        try readNumbered(text).readings
    }

    /// The readings and, for each, the 1-based number of its line (what a caller names when it refuses a reading).
    /// Lines are found and, in the common case (no backslash escape, no quote), read on the UTF-8 bytes; any other
    /// line, and any line the byte reader does not accept, goes through the general reader, which words the problem.
    public func readNumbered(_ text: Substring) throws(OasisError) -> (readings: [SensorReading], lines: [Int]) {
        var readings: [SensorReading] = []
        var lines: [Int] = []
        var problems: [OasisError.Detail] = []
        var problemCount = 0
        var number = 0
        let utf8 = text.utf8
        let perSecond = precision.perSecond
        let received = receivedAt
        let scan: (UnsafeBufferPointer<UInt8>) -> Void = { bytes in
            readings.reserveCapacity(bytes.count / 40)
            lines.reserveCapacity(bytes.count / 40)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                number += 1
                var stop = end
                if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
                defer { start = end + 1 }
                var first = start
                while first < stop, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                if first == stop || bytes[start] == 0x23 { continue }
                if let reading = FastLine.read(UnsafeBufferPointer(rebasing: bytes[start..<stop]), perSecond: perSecond, receivedAt: received) {
                    readings.append(reading)
                    lines.append(number)
                    continue
                }
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                let upper = utf8.index(utf8.startIndex, offsetBy: stop)
                do throws(LineProblem) {
                    readings.append(try reading(text[lower..<upper]))
                    lines.append(number)
                } catch {
                    problemCount += 1
                    if problems.count < maxProblems {
                        problems.append(.init(field: error.field, line: number, reason: error.reason))
                    }
                }
            }
        }
        if utf8.withContiguousStorageIfAvailable(scan) == nil {
            Array(utf8).withUnsafeBufferPointer(scan)
        }
        guard problems.isEmpty else {
            let more = problemCount > problems.count ? " (\(problemCount - problems.count) more not listed)" : ""
            throw OasisError.invalid(
                code: "invalid_line_protocol",
                message: "\(problemCount) line(s) of the batch are not valid line protocol\(more); nothing was stored.",
                details: problems)
        }
        return (readings, lines)
    }

    struct LineProblem: Error {
        var field: String?
        var reason: String
    }

    private func reading(_ line: Substring) throws(LineProblem) -> SensorReading {
        let sections = Self.splitUnescaped(line, on: " ")
        guard sections.count == 2 || sections.count == 3 else {
            throw LineProblem(reason: "expected `measurement[,tags] fields [timestamp]` separated by single spaces")
        }
        let key = Self.splitUnescaped(sections[0], on: ",")
        guard let measurement = key.first, !measurement.isEmpty else { throw LineProblem(reason: "the measurement name is missing") }
        var sensor = Self.unescape(measurement)
        for tag in key.dropFirst() {
            let pair = Self.splitUnescaped(tag, on: "=")
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { throw LineProblem(reason: "tag `\(tag)` is not key=value") }
            if Self.unescape(pair[0]) == "sensor" { sensor = Self.unescape(pair[1]) }
        }
        var fields: [(name: String, value: Substring)] = []
        for field in Self.splitUnescaped(sections[1], on: ",") {
            let pair = Self.splitUnescaped(field, on: "=")
            guard pair.count == 2, !pair[0].isEmpty else { throw LineProblem(reason: "field `\(field)` is not key=value") }
            fields.append((Self.unescape(pair[0]), pair[1]))
        }
        let chosen: (name: String, value: Substring)
        if fields.count == 1 {
            chosen = fields[0]
        } else if let value = fields.first(where: { $0.name == "value" }) {
            if let extra = fields.first(where: { $0.name != "value" }) {
                throw LineProblem(
                    field: extra.name, reason: "a line with several fields may carry only `value`; send other quantities as sensors of their own")
            }
            chosen = value
        } else {
            throw LineProblem(field: fields.first?.name, reason: "several fields and none named `value`: which is the reading?")
        }
        let value = try Self.number(chosen.value, field: chosen.name)
        var time = receivedAt
        if sections.count == 3 {
            guard let stamp = Int64(sections[2]) else {
                throw LineProblem(field: "timestamp", reason: "`\(sections[2])` is not an integer timestamp")
            }
            time = Date(timeIntervalSince1970: Double(stamp) / precision.perSecond)
        }
        return SensorReading(sensorID: sensor, time: time, value: value)
    }

    static func number(_ text: Substring, field: String) throws(LineProblem) -> Double {
        var digits = text
        if let last = digits.last, last == "i" || last == "u" { digits = digits.dropLast() }
        if text.first == "\"" { throw LineProblem(field: field, reason: "a string value cannot be a reading") }
        if ["t", "T", "true", "True", "TRUE", "f", "F", "false", "False", "FALSE"].contains(text) {
            throw LineProblem(field: field, reason: "a boolean value cannot be a reading")
        }
        guard let value = Double(digits), !digits.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) else {
            throw LineProblem(field: field, reason: "`\(text)` is not a number")
        }
        guard value.isFinite else { throw LineProblem(field: field, reason: "the value must be a finite number") }
        return value
    }

    /// Splits on a separator that is not escaped with a backslash and not inside double quotes.
    static func splitUnescaped(_ text: Substring, on separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var quoted = false
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == "\"" { quoted.toggle() }
            if character == separator, !quoted {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start..<text.endIndex])
        return parts
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var result = ""
        var escaped = false
        for character in text {
            if escaped || character != "\\" {
                result.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return result
    }
}
