import Foundation

/// A date-time in the W3C profile of ISO 8601 that GeoReport v2 uses (`1994-11-05T08:15:30-05:00`,
/// `2010-01-01T00:00:00Z`): an instant together with the UTC offset it was written in, so that a value
/// reads back and writes out unchanged. A time zone (`Z` or `±hh:mm`) is required.
public struct W3CDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z (fractions kept when the text had them).
    public var secondsSince1970: Double
    /// The offset from UTC the value is shown in, in seconds (east positive).
    public var utcOffsetSeconds: Int

    public init(secondsSince1970: Double, utcOffsetSeconds: Int = 0) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public init(_ date: Date, utcOffsetSeconds: Int = 0) {
        self.init(secondsSince1970: date.timeIntervalSince1970, utcOffsetSeconds: utcOffsetSeconds)
    }

    public var date: Date { Date(timeIntervalSince1970: secondsSince1970) }

    public static func < (lhs: W3CDateTime, rhs: W3CDateTime) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// Reads `YYYY-MM-DDThh:mm[:ss[.s…]]TZD`; nil for anything else (including a missing time zone).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue! else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "t")
        else { return nil }
        index += 1
        guard let hour = number(2), expect(":"), let minute = number(2) else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(":") {
            guard let whole = number(2) else { return nil }
            second = whole
            if expect(".") {
                var scale = 0.1
                let start = index
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                    fraction += Double(bytes[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
                guard index > start else { return nil }
            }
        }
        var offset = 0
        if expect("Z") || expect("z") {
            offset = 0
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let offsetHours = number(2), expect(":"), let offsetMinutes = number(2), offsetHours <= 23, offsetMinutes <= 59 else { return nil }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return nil
        }
        guard index == bytes.count, (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let days = Self.daysSince1970(year: year, month: month, day: day)
        let local = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + fraction
        self.init(secondsSince1970: local - Double(offset), utcOffsetSeconds: offset)
    }

    /// `YYYY-MM-DDThh:mm:ss` followed by `Z` for UTC or the `±hh:mm` offset (fractions of a second dropped).
    public var description: String {
        let local = Int((secondsSince1970 + Double(utcOffsetSeconds)).rounded(.down))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let (year, month, day) = Self.civil(daysSince1970: days)
        var text = Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) + "T"
        text += Self.pad(secondOfDay / 3600, 2) + ":" + Self.pad(secondOfDay / 60 % 60, 2) + ":" + Self.pad(secondOfDay % 60, 2)
        if utcOffsetSeconds == 0 { return text + "Z" }
        let magnitude = abs(utcOffsetSeconds)
        return text + (utcOffsetSeconds < 0 ? "-" : "+") + Self.pad(magnitude / 3600, 2) + ":" + Self.pad(magnitude / 60 % 60, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int { CalendarDay(year: year, month: month, day: day).ordinal }

    /// The proleptic Gregorian date of a day number counted from 1970-01-01.
    public static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let day = CalendarDay(ordinal: days)
        return (day.year, day.month, day.day)
    }
}
