import Foundation

extension TabularData.Record {
    /// The cell in the column at `index` without surrounding spaces; empty for no column or past the record's end.
    func field(_ index: Int?) -> String {
        guard let index, index < fields.count else { return "" }
        return fields[index].trimmingCharacters(in: .whitespaces)
    }

    /// Whether every one of these columns is empty: a row left blank (a template's formatted rows below the data).
    func isBlank(_ columns: some Sequence<Int>) -> Bool { columns.allSatisfy { field($0).isEmpty } }
}

extension TabularData {
    /// The word for a record's place in messages: “line” in a CSV file, “row” in a workbook.
    var placeWord: String { place == .row ? "row" : "line" }
}
