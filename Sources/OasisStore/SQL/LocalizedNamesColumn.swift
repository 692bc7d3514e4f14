import OasisCore

/// The `names` (or `titles`) column of rows whose zh-Hans and English names keep their own columns (`name_zh`,
/// `name_en`; `title_zh`, `title_en`): the names in every other language as a JSON object keyed by language tag, NULL when there are none (migrations 9
/// and 10). A new language needs no new column.
enum LocalizedNamesColumn {
    /// The names beyond zh-Hans and English, or nil.
    static func value(_ names: LocalizedText) -> SQLValue {
        let others = LocalizedText(names.texts.filter { $0.key != .zhHans && $0.key != .en })
        return others.texts.isEmpty ? .null : .text(JSONColumn.text(others))
    }

    /// The flat columns' names with the `names` column's laid over them.
    static func names(zhHans: String, en: String, row: SQLRow, table: String, column: String = "names") throws -> LocalizedText {
        var names = LocalizedText(zhHans: zhHans, en: en)
        if let json = row.optionalString(column) {
            for (language, text) in try JSONColumn.value(LocalizedText.self, json, column: "\(table).\(column)").texts { names[language] = text }
        }
        return names
    }
}
