import Foundation
import OasisCore

/// Reads the register of major hazard sources from CSV or XLSX, one row per source and substance:
/// `code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes`. The rows of one
/// source share its code; its other columns are given on its first row and, on its further rows, left empty or repeated
/// unchanged. `substance` is a GB 18218-2018 table 1 chemical (CAS number, or its Chinese or English name as the table
/// gives it) or a table 2 category code; `tonnes` the largest quantity present at once. The columns may carry their
/// Chinese names (`ImportColumnNames`), as the downloadable template writes them. Every problem names its line (CSV)
/// or row (XLSX) and column; nothing is returned when any row is bad. `locate` places a problem the store finds (an
/// unknown unit or region) on the source's line or row and column.
public struct MajorHazardTableReader: Sendable {
    public struct Result: Sendable {
        public var sources: [MajorHazardSource]
        public var locate: MajorHazardLocator
    }

    public static let sourceColumns = ["code", "owner_unit", "region", "longitude", "latitude", "exposed_people"]
    public static let nameColumns: [(column: String, language: Language)] = [("name_zh", .zhHans), ("name_en", .en), ("name_ug", .ug)]
    public static let itemColumns = ["substance", "tonnes"]

    let tables: GB18218Tables

    public init(tables: GB18218Tables = .standard) { self.tables = tables }

    /// A CSV or XLSX file (`TabularData(csvOrXLSX:fileName:)`).
    public func read(_ bytes: [UInt8], fileName: String = "hazards.csv") throws(OasisError) -> Result {
        try read(TabularData(csvOrXLSX: bytes, fileName: fileName))
    }

    public func read(_ table: TabularData) throws(OasisError) -> Result {
        var details: [OasisError.Detail] = []
        var columns: [String: Int] = [:]
        for name in Self.sourceColumns + Self.itemColumns + Self.nameColumns.map(\.column) {
            if let index = table.column(name) {
                columns[name] = index
            } else if !name.hasPrefix("name_") {
                details.append(table.detail(1, column: name, "the header lacks the column \(name)"))
            }
        }
        if !Self.nameColumns.contains(where: { columns[$0.column] != nil }) {
            details.append(table.detail(1, column: "name_zh", "the header has none of the columns name_zh, name_en, name_ug"))
        }
        guard details.isEmpty else { throw Self.refusal(details) }
        var sources: [MajorHazardSource] = []
        var sourceLines: [Int] = []
        var itemLines: [[Int]] = []
        var firstRows: [String: (index: Int, line: Int, cells: [String: String])] = [:]
        // A row left blank (a template's formatted rows below the data) is not a source.
        for record in table.records where !record.isBlank(columns.values) {
            func field(_ name: String) -> String { record.field(columns[name]) }
            func problem(_ column: String, _ reason: String) { details.append(table.detail(record.number, column: column, reason)) }
            let sourceCells = Dictionary(
                uniqueKeysWithValues: (Self.sourceColumns + Self.nameColumns.map(\.column)).map { ($0, field($0)) })
            let item = readItem(substance: field("substance"), tonnes: field("tonnes"), problem: problem)
            if let first = firstRows[field("code")] {
                for (column, value) in sourceCells.sorted(by: { $0.key < $1.key }) where !value.isEmpty && value != first.cells[column] {
                    problem(column, "\"\(value.prefix(40))\" differs from \(table.placeWord) \(first.line) of the source \(field("code").prefix(40))")
                }
                if let item {
                    sources[first.index].inventory.append(item)
                    itemLines[first.index].append(record.number)
                }
                continue
            }
            guard let source = readSource(sourceCells, problem: problem) else { continue }
            firstRows[source.code] = (sources.count, record.number, sourceCells)
            var withItem = source
            if let item { withItem.inventory = [item] }
            sources.append(withItem)
            sourceLines.append(record.number)
            itemLines.append(item == nil ? [] : [record.number])
        }
        if sources.isEmpty, details.isEmpty { details.append(table.detail(2, column: nil, "the file holds no hazard source")) }
        guard details.isEmpty else { throw Self.refusal(details) }
        return Result(sources: sources, locate: MajorHazardLocator(sourceLines: sourceLines, itemLines: itemLines, place: table.place))
    }

    /// The source's own columns of its first row; nil (with the problems reported) when one of them is unusable.
    func readSource(_ cells: [String: String], problem: (String, String) -> Void) -> MajorHazardSource? {
        var usable = true
        func number(_ column: String, _ domain: NumericDomain) -> Double {
            guard let value = DecimalText.number(cells[column] ?? ""), domain.reason(value) == nil else {
                let text = cells[column] ?? ""
                problem(
                    column, DecimalText.number(text).flatMap { domain.reason($0) } ?? "\"\(text.prefix(40))\" is not a number (\(domain.rangeText))")
                usable = false
                return 0
            }
            return value
        }
        let longitude = number("longitude", .longitude)
        let latitude = number("latitude", .latitude)
        let peopleText = cells["exposed_people"] ?? ""
        let people = DecimalText.integer(peopleText)
        if people == nil || people ?? 0 < 0 {
            problem("exposed_people", "\"\(peopleText.prefix(40))\" is not a whole number of people, zero or more")
            usable = false
        }
        var names = LocalizedText()
        for (column, language) in Self.nameColumns { names[language] = cells[column] }
        let source = MajorHazardSource(
            code: cells["code"] ?? "", names: names, ownerUnit: cells["owner_unit"] ?? "", region: cells["region"] ?? "",
            location: GeoPoint(longitude: longitude, latitude: latitude), exposedPeople: people ?? 0, inventory: [])
        // The text fields' problems; coordinates and people are checked above, the inventory once complete.
        for detail in source.assessed(tables: tables).problems where MajorHazardLocator.isSourceField(detail.field) {
            problem(MajorHazardLocator.column(for: detail.field ?? ""), detail.reason)
            usable = false
        }
        return usable ? source : nil
    }

    func readItem(substance: String, tonnes text: String, problem: (String, String) -> Void) -> HazardInventoryItem? {
        let tonnes = DecimalText.number(text)
        if tonnes == nil || tonnes ?? 0 < 0 {
            problem("tonnes", "\"\(text.prefix(40))\" is not a finite number of tonnes, zero or more")
        }
        let item = tables.item(substance: substance, tonnes: tonnes ?? 0)
        if item == nil {
            problem(
                "substance",
                "\"\(substance.prefix(60))\" is neither a chemical of GB 18218-2018 table 1 (CAS number or name) nor a category of table 2 (J1–J5, W1.1–W11)"
            )
        }
        return tonnes == nil || tonnes ?? 0 < 0 ? nil : item
    }

    static func refusal(_ details: [OasisError.Detail]) -> OasisError {
        OasisError.invalid(
            code: "csv_invalid", message: "\(details.count) problem(s) in the hazard source file; nothing was imported.",
            details: Array(details.prefix(200)))
    }
}
