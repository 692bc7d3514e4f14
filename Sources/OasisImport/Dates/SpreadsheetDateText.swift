import OasisCore

/// Days and date-times as spreadsheets write them, read in one place for every import: `2026-03-05`,
/// `2026/3/5`, `2026.3.5`, `2026年3月5日` (one- or two-digit month and day), optionally followed by a time of day
/// `13:40` or `13:40:05` (one- or two-digit hour, after a space or `T`), as Excel writes dates into CSV; or an Excel
/// serial number (`45356`, `45356.5694`) in the file's date system (1900 for CSV).
public enum SpreadsheetDateText {
    /// A date and time of day as written; nil when the text is neither form or names no real day or time.
    public static func dateTime(_ text: String, system: ExcelSerialDate.System = .from1900) -> ExcelSerialDate.Parts? {
        let trimmed = text.trimmingASCIIWhitespace()
        if let parts = written(Array(trimmed.utf8)) { return parts }
        guard trimmed.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || (48...57).contains($0) }), trimmed.utf8.contains(where: { $0 != 46 }) else {
            return nil
        }
        return ExcelSerialDate(text: trimmed, system: system).map { ExcelSerialDate.Parts(day: $0.day, secondsOfDay: $0.secondsOfDay) }
    }

    /// The day of `dateTime(_:system:)` (a time of day, if written, is dropped).
    public static func day(_ text: String, system: ExcelSerialDate.System = .from1900) -> CalendarDay? {
        dateTime(text, system: system)?.day
    }

    /// `yyyy-M-d`, `yyyy/M/d`, `yyyy.M.d` or `yyyy年M月d日`, then optionally ` H:mm[:ss]`.
    static func written(_ bytes: [UInt8]) -> ExcelSerialDate.Parts? {
        var index = 0
        func digits(_ range: ClosedRange<Int>) -> Int? {
            var value = 0
            var count = 0
            while index < bytes.count, (48...57).contains(bytes[index]), count < range.upperBound {
                value = value * 10 + Int(bytes[index] - 48)
                count += 1
                index += 1
            }
            return range.contains(count) ? value : nil
        }
        func skip(_ literal: [UInt8]) -> Bool {
            guard index + literal.count <= bytes.count, Array(bytes[index..<index + literal.count]) == literal else { return false }
            index += literal.count
            return true
        }
        let chinese = (year: Array("年".utf8), month: Array("月".utf8), day: Array("日".utf8))
        guard let year = digits(4...4) else { return nil }
        var separator: [UInt8] = []
        for candidate in [[UInt8(ascii: "-")], [UInt8(ascii: "/")], [UInt8(ascii: ".")], chinese.year] where skip(candidate) {
            separator = candidate
            break
        }
        guard !separator.isEmpty, let month = digits(1...2) else { return nil }
        guard skip(separator == chinese.year ? chinese.month : separator), let day = digits(1...2) else { return nil }
        if separator == chinese.year { _ = skip(chinese.day) }
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        var seconds = 0
        if index < bytes.count {
            guard skip([UInt8(ascii: " ")]) || skip([UInt8(ascii: "T")]) else { return nil }
            while skip([UInt8(ascii: " ")]) {}
            guard let hour = digits(1...2), hour <= 23, skip([UInt8(ascii: ":")]), let minute = digits(2...2), minute <= 59 else { return nil }
            var second = 0
            if skip([UInt8(ascii: ":")]) {
                guard let value = digits(2...2), value <= 59 else { return nil }
                second = value
            }
            guard index == bytes.count else { return nil }
            seconds = hour * 3600 + minute * 60 + second
        }
        return ExcelSerialDate.Parts(day: CalendarDay(year: year, month: month, day: day), secondsOfDay: seconds)
    }
}
