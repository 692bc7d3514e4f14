import OasisCore

/// Where a hazard source of a file lies: the line (CSV) or row (XLSX) of its first row and of its inventory's rows, so
/// that a problem with a source's field (`ownerUnit`, `inventory[1].tonnes`) is reported on its line or row and column.
public struct MajorHazardLocator: Sendable {
    let sourceLines: [Int]
    let itemLines: [[Int]]
    let place: TabularData.Place

    /// The problem's line or row and column (the reason left empty).
    public func detail(index: Int, field: String) -> OasisError.Detail {
        let sourceLine = index < sourceLines.count ? sourceLines[index] : nil
        var line = sourceLine
        if field.hasPrefix("inventory["), let close = field.firstIndex(of: "]"),
            let item = Int(field[field.index(field.startIndex, offsetBy: "inventory[".count)..<close]), index < itemLines.count,
            item < itemLines[index].count
        {
            line = itemLines[index][item]
        }
        return place == .row
            ? OasisError.Detail(row: line, column: Self.column(for: field), reason: "")
            : OasisError.Detail(line: line, column: Self.column(for: field), reason: "")
    }

    /// The file's column of a source's field.
    public static func column(for field: String) -> String {
        if field.hasPrefix("inventory") { return field.hasSuffix(".tonnes") ? "tonnes" : "substance" }
        let columns = [
            "code": "code", "ownerUnit": "owner_unit", "region": "region", "location.longitude": "longitude", "location.latitude": "latitude",
            "exposedPeople": "exposed_people", "names.en": "name_en", "names.ug": "name_ug",
        ]
        return columns[field] ?? (field.hasPrefix("names") ? "name_zh" : field)
    }

    /// Whether the field is one of the source's own (not its inventory's, nor the people's and coordinates' that the
    /// reader parses itself).
    static func isSourceField(_ field: String?) -> Bool {
        guard let field else { return false }
        return ["code", "ownerUnit", "region"].contains(field) || field.hasPrefix("names")
    }
}
