import Foundation

/// One experiment of the Skoltech Anomaly Benchmark: a `;`-separated file with `datetime` (local time,
/// `YYYY-MM-DD hh:mm:ss`, one reading a second), the sensors' columns, then `anomaly` and `changepoint` (0 or 1).
public struct SKABFile: Sendable {
    public var name: String
    public var sensors: [String]
    public var times: [Date]
    /// One row per reading, one value per sensor (in `sensors` order).
    public var rows: [[Double]]
    public var anomaly: [Bool]
    public var changepoint: [Bool]

    /// Parses the file's text; the error names the line and the column.
    public init(name: String, text: String) throws(OasisError) {
        self.name = name
        var lines = text.split(whereSeparator: \.isNewline).makeIterator()
        guard let header = lines.next()?.split(separator: ";").map(String.init), header.first == "datetime",
            header.suffix(2) == ["anomaly", "changepoint"], header.count > 3
        else { throw Self.invalid([.init(field: "line 1", reason: "expected datetime;…;anomaly;changepoint")]) }
        sensors = Array(header.dropFirst().dropLast(2))
        times = []
        rows = []
        anomaly = []
        changepoint = []
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var number = 1
        while let line = lines.next() {
            number += 1
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw Self.invalid([.init(field: "line \(number)", reason: "expected \(header.count) fields")])
            }
            guard let time = Self.time(fields[0], calendar) else {
                throw Self.invalid([.init(field: "line \(number) datetime", reason: "expected YYYY-MM-DD hh:mm:ss")])
            }
            var values: [Double] = []
            for (index, field) in fields.dropFirst().enumerated() {
                guard let value = Double(field), value.isFinite else {
                    throw Self.invalid([.init(field: "line \(number) \(header[index + 1])", reason: "expected a number")])
                }
                values.append(value)
            }
            times.append(time)
            rows.append(Array(values.dropLast(2)))
            anomaly.append(values[values.count - 2] == 1)
            changepoint.append(values[values.count - 1] == 1)
        }
    }

    private static func invalid(_ details: [OasisError.Detail]) -> OasisError {
        .invalid(code: "invalid_skab_file", message: "This is not a SKAB experiment file.", details: details)
    }

    private static func time(_ text: Substring, _ calendar: Calendar) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 6 else { return nil }
        return calendar.date(
            from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4], second: parts[5]))
    }

    /// The file's readings of the named sensors, in that order; nil when a sensor is not in the file.
    public func columns(_ names: [String]) -> [[Double]]? {
        let indices = names.compactMap { sensors.firstIndex(of: $0) }
        guard indices.count == names.count else { return nil }
        return rows.map { row in indices.map { row[$0] } }
    }
}
