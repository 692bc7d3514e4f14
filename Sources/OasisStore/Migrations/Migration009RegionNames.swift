/// Region names in languages beyond the two columns every region has (name_zh, name_en): a JSON object keyed by
/// language tag (`{"ug": "تەڭرىتاغ رايونى"}`), NULL when there are none. A new language needs no new column.
enum Migration009RegionNames {
    static let migration = Migration(version: 9, description: "region names in more languages") { _ in
        ["ALTER TABLE regions ADD COLUMN names TEXT"]
    }
}
