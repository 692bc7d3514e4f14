import OasisCore

/// Where a hazard source of a CSV file lies: the line of its first row and the lines of its inventory's rows, so
/// that a problem with a source's field (`ownerUnit`, `inventory[1].tonnes`) is reported on its line and column.
public struct MajorHazardLocator: Sendable {
    let sourceLines: [Int]
    let itemLines: [[Int]]

    /// The problem's line and column (the reason left empty).
    public func detail(index: Int, field: String) -> OasisError.Detail {
        let sourceLine = index < sourceLines.count ? sourceLines[index] : nil
        var line = sourceLine
        if field.hasPrefix("inventory["), let close = field.firstIndex(of: "]"),
            let item = Int(field[field.index(field.startIndex, offsetBy: "inventory[".count)..<close]), index < itemLines.count,
            item < itemLines[index].count
        {
            line = itemLines[index][item]
        }
        return OasisError.Detail(line: line, column: Self.column(for: field), reason: "")
    }

    /// The CSV column of a source's field.
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
