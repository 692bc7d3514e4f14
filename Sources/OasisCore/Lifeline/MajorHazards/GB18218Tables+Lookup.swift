import Foundation

extension GB18218Tables {
    /// The inventory item a file names by a table 1 chemical's CAS number, its Chinese or English name as the table
    /// gives it (case and spaces aside), or a table 2 category code (`W5.3`, `J1`); nil when the tables know none.
    public func item(substance text: String, tonnes: Double) -> HazardInventoryItem? {
        let wanted = Self.folded(text)
        guard !wanted.isEmpty else { return nil }
        if let substance = substances.first(where: { $0.cas == wanted || $0.names.texts.values.contains { Self.folded($0) == wanted } }) {
            return HazardInventoryItem(cas: substance.cas, tonnes: tonnes)
        }
        if let category = categories.first(where: { Self.folded($0.code) == wanted }) {
            return HazardInventoryItem(category: category.code, tonnes: tonnes)
        }
        return nil
    }

    /// The names of the item's chemical or category, as the tables give them.
    public func names(of item: HazardInventoryItem) -> LocalizedText? {
        if let cas = item.cas, let substance = substance(cas: cas) { return substance.names }
        return item.category.flatMap(category)?.names
    }

    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
