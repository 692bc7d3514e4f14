import Foundation

/// An Excel workbook (.xlsx, also .xlsm) read from memory: its worksheet names, and each worksheet's rows
/// as text.
///
/// The sheet names come from `xl/workbook.xml` and are mapped to their parts through the workbook's
/// relationships, so sheets stored under any part name are found. Shared strings are read once here;
/// each call to ``rows(sheet:)`` decompresses and parses one worksheet.
///
/// ```swift
/// let workbook = try XLSXWorkbook(data: upload)
/// for row in try workbook.rows(sheet: "Indicators") { … row.number, row.cells … }
/// ```
///
/// Only the cells' values are read: formulas give their cached results, and merged cells and hidden state are
/// ignored. A number in a cell whose style has a date or time format (a date typed in Excel) is given as
/// `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` or `HH:MM:SS` in the workbook's date system (``usesDate1904``); other
/// numbers stay numbers.
/// Chart sheets and dialog sheets are not listed.
public struct XLSXWorkbook: Sendable {
    /// The names of the worksheets in the order of their tabs.
    public let sheetNames: [String]
    /// Whether dates are counted from 1904 (serial 0 = 1 January 1904) rather than from 1900
    /// (serial 1 = 1 January 1900): the workbook property `date1904`, set by some old Mac workbooks.
    public let usesDate1904: Bool

    private let data: Data
    private let sheetParts: [String]
    private let sharedStrings: [String]
    private let dateStyles: XLSXDateStyles
    private let limits: XLSXLimits

    /// Reads the workbook structure and shared strings from the bytes of an .xlsx file,
    /// with the ``XLSXLimits/standard`` limits.
    public init(data: [UInt8]) throws(XLSXError) {
        try self.init(data: data, limits: .standard)
    }

    /// Reads the workbook structure and shared strings from the bytes of an .xlsx file within `limits`.
    public init(data bytes: [UInt8], limits: XLSXLimits) throws(XLSXError) {
        let data = Data(bytes)
        let package = try XLSXPackage(data: data, limits: limits)
        guard package.contains("[Content_Types].xml") else {
            throw XLSXError(reason: "not an .xlsx file: the ZIP archive has no [Content_Types].xml, so it is not an Office document")
        }
        let workbookPart = try Self.workbookPart(in: package)
        guard !workbookPart.lowercased().hasSuffix(".bin") else {
            throw XLSXError(reason: "not an .xlsx file: it is a binary workbook (.xlsb); save it as “Excel Workbook (.xlsx)”")
        }
        guard package.contains(workbookPart) else {
            let kind =
                package.contains("word/document.xml")
                ? " (it is a Word document)"
                : package.contains("ppt/presentation.xml") ? " (it is a PowerPoint presentation)" : ""
            throw XLSXError(reason: "not an .xlsx file: it has no workbook part \(workbookPart)\(kind)")
        }

        let workbook = XLSXElementCollector(names: ["sheet", "workbookPr"])
        try XLSXXML.parse(package.read(workbookPart), part: workbookPart, sheet: nil, handler: workbook)
        let relationships = try Self.relationships(of: workbookPart, in: package)

        var names: [String] = []
        var parts: [String] = []
        for element in workbook.elements where element.name == "sheet" {
            guard let name = element.attributes["name"] else {
                throw XLSXError(reason: "the workbook lists a sheet without a name")
            }
            guard let id = XLSXXML.attribute(element.attributes, "id"), let relationship = relationships[id] else {
                throw XLSXError(reason: "the workbook lists the sheet but not where it is stored (no relationship for it)", sheet: name)
            }
            guard relationship.type.hasSuffix("/worksheet") else { continue }
            guard package.contains(relationship.target) else {
                throw XLSXError(reason: "the .xlsx file is missing the sheet's part \(relationship.target)", sheet: name)
            }
            names.append(name)
            parts.append(relationship.target)
        }
        guard !names.isEmpty else {
            throw XLSXError(reason: "the workbook has no worksheets")
        }

        var strings: [String] = []
        if let sharedStringsPart = relationships.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
            package.contains(sharedStringsPart)
        {
            let reader = XLSXSharedStringsReader(part: sharedStringsPart, limits: limits)
            strings = try XLSXSheetScanner.read(package.read(sharedStringsPart), part: sharedStringsPart, sheet: nil, with: reader).strings
        }

        var dateStyles = XLSXDateStyles.none
        if let stylesPart = relationships.values.first(where: { $0.type.hasSuffix("/styles") })?.target, package.contains(stylesPart) {
            let styles = XLSXElementCollector(names: ["numFmt", "cellXfs", "xf", "cellStyles"])
            try XLSXXML.parse(package.read(stylesPart), part: stylesPart, sheet: nil, handler: styles)
            // `xf` elements stand in `cellStyleXfs` and then in `cellXfs`; only the latter are cells' styles.
            let cellXfsStart = styles.elements.firstIndex { $0.name == "cellXfs" }
            let cellXfs = cellXfsStart.map { start in
                styles.elements[start...].prefix { $0.name != "cellStyles" }.filter { $0.name == "xf" }.map(\.attributes)
            }
            dateStyles = XLSXDateStyles(
                numFmtElements: styles.elements.filter { $0.name == "numFmt" }.map(\.attributes), cellXfs: cellXfs ?? [])
        }

        let properties = workbook.elements.first { $0.name == "workbookPr" }?.attributes
        self.usesDate1904 = ["1", "true"].contains(properties?["date1904"]?.lowercased() ?? "")
        self.sheetNames = names
        self.dateStyles = dateStyles
        self.sheetParts = parts
        self.sharedStrings = strings
        self.data = data
        self.limits = limits
    }

    /// The rows of a worksheet that hold at least one non-blank cell, in order.
    ///
    /// - Parameter sheet: The sheet's name as on its tab (matched exactly, or else ignoring case);
    ///   nil for the first worksheet.
    /// - Throws: ``XLSXError`` for an unknown sheet name (listing the sheets there are), a cell holding an
    ///   Excel error value such as #DIV/0!, a row or column beyond Excel's limits, malformed XML, a damaged
    ///   part, or a sheet over the limits.
    public func rows(sheet: String? = nil) throws(XLSXError) -> [XLSXRow] {
        let index = try sheetIndex(named: sheet)
        let name = sheetNames[index]
        let part = sheetParts[index]
        let package = try XLSXPackage(data: data, limits: limits)
        let xml = try package.read(part, sheet: name)
        let dates = (dateStyles, usesDate1904 ? ExcelSerialDate.System.from1904 : .from1900)
        let reader = XLSXSheetReader(sheet: name, sharedStrings: sharedStrings, dates: dates, limits: limits)
        return try XLSXSheetScanner.read(xml, part: part, sheet: name, with: reader).rows
    }

    private func sheetIndex(named name: String?) throws(XLSXError) -> Int {
        guard let name else { return 0 }
        if let index = sheetNames.firstIndex(of: name) { return index }
        let folded = name.lowercased()
        if let index = sheetNames.firstIndex(where: { $0.lowercased() == folded }) { return index }
        let available = sheetNames.map { "“\($0)”" }.joined(separator: ", ")
        throw XLSXError(reason: "there is no sheet named “\(name)”; the workbook has \(available)")
    }

    /// The main workbook part named by the package relationships, or `xl/workbook.xml` when there are none.
    private static func workbookPart(in package: XLSXPackage) throws(XLSXError) -> String {
        let relationships = try relationships(of: "", in: package)
        return relationships.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    }

    /// The internal relationships of `part` by id, with targets resolved to part names; empty when the part
    /// has no relationships part.
    private static func relationships(of part: String, in package: XLSXPackage) throws(XLSXError)
        -> [String: (type: String, target: String)]
    {
        let relationshipsPart = XLSXPartPath.relationships(of: part)
        guard package.contains(relationshipsPart) else { return [:] }
        let collector = XLSXElementCollector(names: ["Relationship"])
        try XLSXXML.parse(package.read(relationshipsPart), part: relationshipsPart, sheet: nil, handler: collector)
        var result: [String: (type: String, target: String)] = [:]
        for element in collector.elements {
            let attributes = element.attributes
            guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"],
                attributes["TargetMode"] != "External"
            else { continue }
            result[id] = (type, XLSXPartPath.resolve(target, from: part))
        }
        return result
    }
}
