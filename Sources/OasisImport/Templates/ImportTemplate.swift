import Foundation
import OasisCore

/// A downloadable XLSX template for an import, generated from what is in use: a data sheet whose header is the
/// import's columns (`区划代码 (region)`), with drop-down lists of the regions, the framework's indicators, the
/// project types and stages, the sensor quantities and lifeline assets, and date-formatted day columns; an instructions sheet in the user's language; and the
/// codes sheet the lists point at. The data sheet is the first, so that the filled-in file imports as it is.
public struct ImportTemplate: Sendable {
    public var kind: ImportTemplateKind
    /// The regions' division codes with their names.
    public var regions: [ImportTemplateChoice]
    /// The active framework's indicator codes with their names.
    public var indicators: [ImportTemplateChoice]
    /// The lifeline assets' codes with their names (for the sensor template).
    public var assets: [ImportTemplateChoice]
    /// The register's units with what they handle (for the hazard and case templates).
    public var units: [ImportTemplateChoice]
    /// The case taxonomy's leaf categories with their names (for the case template).
    public var categories: [ImportTemplateChoice]
    public var language: Language
    public var catalogue: MessageCatalogue

    /// How many data rows carry the drop-down lists and date format.
    public static let dataRows = 1000

    public init(
        kind: ImportTemplateKind, regions: [ImportTemplateChoice], indicators: [ImportTemplateChoice], assets: [ImportTemplateChoice] = [],
        units: [ImportTemplateChoice] = [], categories: [ImportTemplateChoice] = [], language: Language,
        catalogue: MessageCatalogue = .standard
    ) {
        self.categories = categories
        self.units = units
        self.kind = kind
        self.regions = regions
        self.indicators = indicators
        self.assets = assets
        self.language = language
        self.catalogue = catalogue
    }

    /// The values a list offers, in the user's language where the import reads that language's labels.
    public func choices(_ list: ImportTemplateList) -> [ImportTemplateChoice] {
        switch list {
        case .regions: return regions
        case .indicators: return indicators
        case .projectTypes: return labelled(ProjectType.allCases.map(\.rawValue), keyPrefix: "project_type_")
        case .projectStages: return labelled(ProjectStage.allCases.map(\.rawValue), keyPrefix: "project_stage_")
        case .lifelineQuantities: return labelled(LifelineQuantity.allCases.map(\.rawValue), keyPrefix: "lifeline_quantity_")
        case .lifelineAssets: return assets
        case .units: return units
        case .hazardSubstances: return Self.hazardSubstances(language)
        case .caseCategories: return categories
        case .yesNo:
            let yes = catalogue.text("hotline_yes", language)
            let no = catalogue.text("hotline_no", language)
            return language == .zhHans
                ? [ImportTemplateChoice(value: yes, meaning: "yes"), ImportTemplateChoice(value: no, meaning: "no")]
                : [ImportTemplateChoice(value: "yes", meaning: yes), ImportTemplateChoice(value: "no", meaning: no)]
        }
    }

    /// Chinese and Uyghur users pick the label (which `ImportLabels` reads), others the code.
    func labelled(_ codes: [String], keyPrefix: String) -> [ImportTemplateChoice] {
        codes.map { code in
            let label = catalogue.message(MessageKey(keyPrefix + code), language) ?? code
            return language == .en ? ImportTemplateChoice(value: code, meaning: label) : ImportTemplateChoice(value: label, meaning: code)
        }
    }

    /// The lists the columns use, each once, in column order.
    var lists: [ImportTemplateList] {
        var seen: [ImportTemplateList] = []
        for case let list? in kind.columns.map(\.list) where !seen.contains(list) { seen.append(list) }
        return seen
    }

    /// The sheets: data (with `rows` written below the header, for tests and examples), instructions, codes.
    public func sheets(filledWith rows: [[XLSXWriter.Cell]] = []) -> [XLSXSheet] {
        let columns = kind.columns
        let codes = codesSheet()
        var data = XLSXSheet(
            name: catalogue.text("template_sheet_data", language),
            rows: [columns.map { XLSXStyledCell.text($0.header, style: .header) }]
                + rows.map { row in
                    row.enumerated().map { index, cell in
                        XLSXStyledCell(
                            cell,
                            style: index >= columns.count ? .plain : columns[index].isDate ? .date : columns[index].isDateTime ? .dateTime : .plain)
                    }
                })
        data.freezesHeader = true
        data.columnWidths = columns.map { Double(max(12, $0.header.count * 2)) }
        data.dateColumns = Set(columns.indices.filter { columns[$0].isDate })
        data.dateTimeColumns = Set(columns.indices.filter { columns[$0].isDateTime })
        let lastRow = Self.dataRows + 1
        for (index, column) in columns.enumerated() {
            guard let list = column.list, let position = lists.firstIndex(of: list) else { continue }
            let count = choices(list).count
            guard count > 0 else { continue }
            let letter = XLSXWriter.columnName(index)
            data.validations.append(
                XLSXListValidation(cells: "\(letter)2:\(letter)\(lastRow)", source: codes.reference(column: position * 2, rows: 2, count + 1)))
        }
        return [data, instructionsSheet(data: data.name, codes: codes.name), codes]
    }

    /// The workbook's bytes.
    public func workbook(filledWith rows: [[XLSXWriter.Cell]] = []) throws -> [UInt8] {
        try XLSXBookWriter.workbook(sheets(filledWith: rows))
    }

    /// Two columns per list, its values and their meanings, headed by the column the list serves.
    func codesSheet() -> XLSXSheet {
        let lists = self.lists
        let columns = kind.columns
        var header: [XLSXStyledCell] = []
        for list in lists {
            header.append(.text(columns.first { $0.list == list }?.header ?? list.rawValue, style: .header))
            header.append(.text(catalogue.text("template_meaning", language), style: .header))
        }
        let values = lists.map(choices)
        let depth = values.map(\.count).max() ?? 0
        let body = (0..<depth).map { row in
            values.flatMap { list -> [XLSXStyledCell] in
                row < list.count ? [.text(list[row].value), .text(list[row].meaning)] : [.text(""), .text("")]
            }
        }
        var sheet = XLSXSheet(name: catalogue.text("template_sheet_codes", language), rows: [header] + body)
        sheet.columnWidths = Array(repeating: 24, count: header.count)
        sheet.freezesHeader = true
        return sheet
    }

    func instructionsSheet(data: String, codes: String) -> XLSXSheet {
        let columns = kind.columns
        var lines: [[XLSXStyledCell]] = [
            [.text(catalogue.text(MessageKey("template_title_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")), language), style: .header)],
            [.text(catalogue.text("template_fill", language, data))],
            [.text(catalogue.text("template_lists", language, codes))],
        ]
        if columns.contains(where: \.isDate) { lines.append([.text(catalogue.text("template_dates", language))]) }
        if columns.contains(where: \.isDateTime) { lines.append([.text(catalogue.text("template_date_times", language))]) }
        lines.append([.text(catalogue.text("template_upload", language, kind.command))])
        lines.append([.text(catalogue.text("template_refused", language))])
        lines.append([])
        lines.append([
            .text(catalogue.text("template_column", language), style: .header), .text(catalogue.text("template_status", language), style: .header),
        ])
        for column in columns {
            lines.append([
                .text(column.header), .text(catalogue.text(column.required ? "template_required" : "template_optional", language)),
            ])
        }
        var sheet = XLSXSheet(name: catalogue.text("template_sheet_instructions", language), rows: lines)
        sheet.columnWidths = [40, 16]
        return sheet
    }
}

extension ImportTemplate {
    /// GB 18218-2018's chemicals by their name in the language (the CAS number beside it) and its categories by code
    /// (their name beside): what the hazard import reads in the `substance` column.
    static func hazardSubstances(_ language: Language, tables: GB18218Tables = .standard) -> [ImportTemplateChoice] {
        tables.substances.map { ImportTemplateChoice(value: $0.names.text(in: language), meaning: "CAS \($0.cas)") }
            + tables.categories.map { ImportTemplateChoice(value: $0.code, meaning: $0.names.text(in: language)) }
    }
}
