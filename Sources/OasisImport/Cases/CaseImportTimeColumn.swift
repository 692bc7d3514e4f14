/// A column holding a date-time: its name, its pattern and the time zone its local times are in.
///
/// Patterns use `yyyy`, `MM`/`M`, `dd`/`d`, `HH`/`H` (24-hour), `hh`/`h` (12-hour, with `a` for AM/PM), `mm`,
/// `ss`, `SSS` (fraction of a second) and literal characters (punctuation, spaces, `T`); `iso8601` reads W3C date-times with their own
/// offset (`2018-01-01T08:00:00-08:00`). Two-letter fields accept one or two digits.
public struct CaseImportTimeColumn: Codable, Sendable, Equatable {
    public var column: String
    public var format: String
    /// An IANA time zone such as `Asia/Shanghai` or `America/Los_Angeles` (daylight saving applied).
    public var timeZone: String

    public init(column: String, format: String, timeZone: String) {
        self.column = column
        self.format = format
        self.timeZone = timeZone
    }
}
