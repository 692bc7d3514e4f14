import OasisCore

/// A date and time of day as Excel stores it: a serial number of days, the fraction being the time of day.
///
/// In the 1900 date system (Excel's default) serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never
/// was (Excel keeps Lotus 1-2-3's leap-year bug), so from serial 61 (1900-03-01) on the serial counts days since
/// 1899-12-30. In the 1904 system (the workbook property `date1904`, old Mac workbooks) serial 0 is 1904-01-01.
/// The time of day is rounded to the second.
public struct ExcelSerialDate: Sendable, Equatable {
    public enum System: Sendable, Equatable {
        case from1900
        case from1904
    }

    public let day: CalendarDay
    /// Seconds since midnight, 0 … 86,399.
    public let secondsOfDay: Int

    /// 1899-12-30 and 1904-01-01 as days since 1970-01-01.
    static let epoch1900 = CalendarDay(year: 1899, month: 12, day: 30).ordinal
    static let epoch1904 = CalendarDay(year: 1904, month: 1, day: 1).ordinal
    /// The largest serial Excel shows as a date: 9999-12-31 in the 1900 system.
    static let maximumSerial = 2_958_465.0

    /// The date of a serial; nil for a serial Excel shows as no date (below 1 in the 1900 system, below 0 in the
    /// 1904 system, after 9999-12-31, not finite) and for serial 60 of the 1900 system, the day that never was.
    public init?(serial: Double, system: System) {
        guard serial.isFinite, serial < Self.maximumSerial + 1 else { return nil }
        let seconds = (serial * 86_400).rounded()
        let wholeDays = Int((seconds / 86_400).rounded(.down))
        let secondsOfDay = Int(seconds - Double(wholeDays) * 86_400)
        switch system {
        case .from1900:
            guard wholeDays >= 1, wholeDays != 60 else { return nil }
            // Before the phantom 29 February the serial counts from 1899-12-31, one day later than after it.
            day = CalendarDay(ordinal: Self.epoch1900 + wholeDays + (wholeDays < 60 ? 1 : 0))
        case .from1904:
            guard wholeDays >= 0 else { return nil }
            day = CalendarDay(ordinal: Self.epoch1904 + wholeDays)
        }
        self.secondsOfDay = secondsOfDay
    }

    /// A serial written as a plain number (`45356`, `45356.5694`); nil for any other text.
    public init?(text: String, system: System) {
        guard let number = DecimalText.number(text.trimmingASCIIWhitespace()) else { return nil }
        self.init(serial: number, system: system)
    }

    /// `YYYY-MM-DD`.
    public var dayText: String { day.description }

    /// `HH:MM:SS`.
    public var timeText: String {
        let parts = [secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60]
        return parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    /// `YYYY-MM-DD HH:MM:SS`.
    public var dateTimeText: String { dayText + " " + timeText }
}
