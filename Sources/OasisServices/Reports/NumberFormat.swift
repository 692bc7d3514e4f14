import Foundation
import OasisCore

/// Numbers as the pages show them: thousands separators, fixed decimals, units always named.
public enum NumberFormat {
    public static func integer(_ value: Int?) -> String {
        value.map { NumberText.grouped($0) } ?? "—"
    }

    /// A quantity (money, area, people) rounded to a whole number with thousands separators; total over every
    /// `Double` (a stored 1e19 shows as such instead of trapping in a conversion to `Int`), "—" for nil or not finite.
    public static func whole(_ value: Double?) -> String {
        NumberText.grouped(value)
    }

    /// A number with `places` decimals, without separators (areas per person, per-capita areas).
    public static func decimal(_ value: Double, places: Int = 2) -> String {
        String(format: "%.\(places)f", value)
    }

    public static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f %%", value)
    }

    /// An instant in China Standard Time, `YYYY-MM-DD HH:MM:SS`.
    public static func chinaTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
