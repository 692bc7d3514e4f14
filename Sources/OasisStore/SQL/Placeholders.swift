/// `?, ?, ?` for an `IN (…)` list or a row of values.
enum Placeholders {
    static func list(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}
