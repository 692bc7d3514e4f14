import Foundation
import OasisCore

/// A compiled `CaseImportTimeColumn`: reads local date-times quickly (no `DateFormatter`) and converts them to
/// instants in the column's time zone, caching each hour's UTC offset.
///
/// Pattern letters: `yyyy` a four-digit year, `yy` a two-digit year (00–68 are 2000–2068, 69–99 are 1969–1999, the
/// rule of POSIX `strptime` `%y`), `M`/`MM` month, `d`/`dd` day, `H`/`HH` hour 0–23, `h`/`hh` hour 1–12 with `a`
/// (AM/PM), `m`/`mm` minute, `s`/`ss` second, `S…` fraction of a second; a one- or two-letter field takes one or two
/// digits (`M/d/yy H:mm` reads `1/2/20 13:40` and `12/31/99 9:05`). The format `excel` reads Excel serial numbers
/// (1900 date system, `45356.5694`), `iso8601` W3C date-times, and `spreadsheet` what a spreadsheet cell holds: a
/// day or a day and time as `SpreadsheetDateText` reads them (`2026-03-05`, `2026/3/5 13:40`, `2026年3月5日`, a
/// serial number), a day alone being its midnight.
struct CaseImportTimePattern: Sendable {
    enum Token: Sendable, Equatable {
        case year, twoDigitYear, month, day, hour24, hour12, minute, second, fraction, meridiem
        case literal(UInt8)
    }

    /// A compiled pattern, or why the text is not one.
    enum Compilation: Sendable {
        case success(CaseImportTimePattern)
        case failure(String)
    }

    let tokens: [Token]
    let isISO8601: Bool
    var isExcelSerial = false
    var isSpreadsheet = false
    let timeZone: TimeZone

    /// Compiles a pattern; the reason why not when it has an unknown letter or lacks a date part.
    static func compile(_ column: CaseImportTimeColumn) -> Compilation {
        guard let zone = TimeZone(identifier: column.timeZone) else {
            return .failure("\"\(column.timeZone)\" is not an IANA time zone such as Asia/Shanghai")
        }
        if column.format.lowercased() == "iso8601" {
            return .success(CaseImportTimePattern(tokens: [], isISO8601: true, timeZone: zone))
        }
        if column.format.lowercased() == "spreadsheet" {
            return .success(CaseImportTimePattern(tokens: [], isISO8601: false, isSpreadsheet: true, timeZone: zone))
        }
        if column.format.lowercased() == "excel" {
            return .success(CaseImportTimePattern(tokens: [], isISO8601: false, isExcelSerial: true, timeZone: zone))
        }
        let bytes = Array(column.format.utf8)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var run = 1
            while index + run < bytes.count, bytes[index + run] == byte { run += 1 }
            let letter = Character(UnicodeScalar(byte))
            let token: Token?
            switch (letter, run) {
            case ("y", 4): token = .year
            case ("y", 2): token = .twoDigitYear
            case ("M", 1), ("M", 2): token = .month
            case ("d", 1), ("d", 2): token = .day
            case ("H", 1), ("H", 2): token = .hour24
            case ("h", 1), ("h", 2): token = .hour12
            case ("m", 1), ("m", 2): token = .minute
            case ("s", 1), ("s", 2): token = .second
            case ("S", _): token = .fraction
            case ("a", 1): token = .meridiem
            case ("T", 1): token = nil // the ISO 8601 date/time separator, taken literally
            default:
                if letter.isLetter {
                    return .failure("unsupported pattern letters \"\(String(repeating: letter, count: run))\" in \"\(column.format)\"")
                }
                token = nil
            }
            if let token { tokens.append(token) } else { tokens += Array(repeating: .literal(byte), count: run) }
            index += run
        }
        guard tokens.contains(.year) || tokens.contains(.twoDigitYear), tokens.contains(.month), tokens.contains(.day) else {
            return .failure("the pattern \"\(column.format)\" needs a year (yyyy or yy), a month (M or MM) and a day (d or dd)")
        }
        if tokens.contains(.hour12) != tokens.contains(.meridiem) {
            return .failure("the pattern \"\(column.format)\" mixes 12-hour hours and AM/PM inconsistently: use hh with a, or HH without")
        }
        return .success(CaseImportTimePattern(tokens: tokens, isISO8601: false, timeZone: zone))
    }

    /// Seconds since 1970 of a text's UTF-8 bytes (a field read in place), or nil when it does not match the
    /// pattern or names no real time.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, offsets: inout [Int: Int]) -> Double? {
        if isISO8601 { return W3CDateTime(String(decoding: bytes, as: UTF8.self))?.secondsSince1970 }
        if isExcelSerial { return excelSerial(String(decoding: bytes, as: UTF8.self), offsets: &offsets) }
        if isSpreadsheet { return spreadsheet(String(decoding: bytes, as: UTF8.self), offsets: &offsets) }
        return local(bytes, offsets: &offsets)
    }

    /// An Excel serial number (1900 date system) read as a local time.
    private func excelSerial(_ text: String, offsets: inout [Int: Int]) -> Double? {
        guard let date = ExcelSerialDate(text: text, system: .from1900) else { return nil }
        let local = date.day.ordinal * 86_400 + date.secondsOfDay
        return Double(local - offset(local: local, cache: &offsets))
    }

    /// A spreadsheet's day or day and time (`SpreadsheetDateText`) read as a local time.
    private func spreadsheet(_ text: String, offsets: inout [Int: Int]) -> Double? {
        guard let parts = SpreadsheetDateText.dateTime(text) else { return nil }
        let local = parts.day.ordinal * 86_400 + parts.secondsOfDay
        return Double(local - offset(local: local, cache: &offsets))
    }

    /// The century rule of `yy`: 00–68 are 2000–2068, 69–99 are 1969–1999 (POSIX `strptime` `%y`).
    static func century(_ twoDigits: Int) -> Int { twoDigits < 69 ? 2000 + twoDigits : 1900 + twoDigits }

    private func local(_ bytes: UnsafeBufferPointer<UInt8>, offsets: inout [Int: Int]) -> Double? {
        var year = 0
        var month = 0
        var day = 0
        var hour = 0
        var minute = 0
        var second = 0
        var fraction = 0.0
        var pm: Bool?
        var utf8 = bytes.makeIterator()
        var pending: UInt8? = utf8.next()
        func digits(max: Int, exact: Bool) -> Int? {
            var value = 0
            var count = 0
            while count < max, let byte = pending, byte >= 48, byte <= 57 {
                value = value * 10 + Int(byte - 48)
                count += 1
                pending = utf8.next()
            }
            return count == 0 || (exact && count != max) ? nil : value
        }
        for token in tokens {
            switch token {
            case .year:
                guard let value = digits(max: 4, exact: true) else { return nil }
                year = value
            case .twoDigitYear:
                guard let value = digits(max: 2, exact: true) else { return nil }
                year = Self.century(value)
            case .month:
                guard let value = digits(max: 2, exact: false) else { return nil }
                month = value
            case .day:
                guard let value = digits(max: 2, exact: false) else { return nil }
                day = value
            case .hour24, .hour12:
                guard let value = digits(max: 2, exact: false) else { return nil }
                hour = value
            case .minute:
                guard let value = digits(max: 2, exact: false) else { return nil }
                minute = value
            case .second:
                guard let value = digits(max: 2, exact: false) else { return nil }
                second = value
            case .fraction:
                var scale = 0.1
                var any = false
                while let byte = pending, byte >= 48, byte <= 57 {
                    fraction += Double(byte - 48) * scale
                    scale /= 10
                    any = true
                    pending = utf8.next()
                }
                guard any else { return nil }
            case .meridiem:
                guard let first = pending else { return nil }
                pending = utf8.next()
                guard let second = pending, second == UInt8(ascii: "M") || second == UInt8(ascii: "m") else { return nil }
                pending = utf8.next()
                switch first {
                case UInt8(ascii: "A"), UInt8(ascii: "a"): pm = false
                case UInt8(ascii: "P"), UInt8(ascii: "p"): pm = true
                default: return nil
                }
            case .literal(let byte):
                guard pending == byte else { return nil }
                pending = utf8.next()
            }
        }
        guard pending == nil else { return nil }
        if let pm {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        guard (1...12).contains(month), day >= 1, day <= Self.days(month: month, year: year), hour <= 23, minute <= 59, second <= 59 else {
            return nil
        }
        let local = W3CDateTime.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Double(local - offset(local: local, cache: &offsets)) + fraction
    }

    static func days(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The UTC offset that applies to a local wall-clock time (seconds counted as if it were UTC). The offset is
    /// looked up for the instant `local − offset` and corrected once, which settles daylight-saving changes.
    func offset(local: Int, cache: inout [Int: Int]) -> Int {
        let hourKey = local >= 0 ? local / 3600 : (local - 3599) / 3600
        if let known = cache[hourKey] { return known }
        let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
        let second = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - first)))
        let result =
            first == second ? first : timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - second))) == second ? second : first
        cache[hourKey] = result
        return result
    }
}
