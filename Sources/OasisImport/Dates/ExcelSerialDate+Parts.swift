import OasisCore

extension ExcelSerialDate {
    /// A day and a time of day, however they were written (a serial number or text such as `2026/3/5 13:40`).
    public struct Parts: Sendable, Equatable {
        public let day: CalendarDay
        /// Seconds since midnight, 0 … 86,399.
        public let secondsOfDay: Int

        public init(day: CalendarDay, secondsOfDay: Int) {
            self.day = day
            self.secondsOfDay = secondsOfDay
        }
    }
}
