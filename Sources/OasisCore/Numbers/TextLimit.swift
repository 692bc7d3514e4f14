/// The longest text a field may hold, in characters, so that a 10 MB name is refused at the door with the
/// field named instead of being stored and shown on every page. docs/api.md lists the limits.
public struct TextLimit: Sendable, Equatable {
    public let fields: String
    public let maximum: Int

    public init(fields: String, maximum: Int) {
        self.fields = fields
        self.maximum = maximum
    }

    /// Why a text is too long, or nil.
    public func reason(_ text: String) -> String? {
        // Characters never outnumber UTF-8 bytes, so short texts need no counting of characters.
        guard text.utf8.count > maximum else { return nil }
        let count = text.count
        return count > maximum ? "is \(count) characters long; at most \(maximum) are allowed" : nil
    }

    public func detail(_ text: String, field: String) -> OasisError.Detail? {
        reason(text).map { OasisError.Detail(field: field, reason: $0) }
    }

    public func detail(_ text: String?, field: String) -> OasisError.Detail? {
        text.flatMap { detail($0, field: field) }
    }

    public static let code = TextLimit(fields: "codes and ids (project code, policy id, framework id, indicator and category codes)", maximum: 64)
    public static let name = TextLimit(
        fields: "names and titles in every language (nameZh/En, titleZh/En, names.ug, unit, lead unit, issuer, milestone and feature names)",
        maximum: 200)
    public static let description = TextLimit(
        fields: "descriptions and narratives (measure summaries, deliverables, goals' texts, progress narratives, sources)",
        maximum: 10_000)

    public static let catalogue: [TextLimit] = [code, name, description]

    public static var markdownTable: String {
        (["| field | at most (characters) |", "|---|---|"] + catalogue.map { "| \($0.fields) | \(NumberText.plain(Double($0.maximum))) |" })
            .joined(separator: "\n")
    }
}
