import Foundation
import ZIPFoundation

/// Builds real .xlsx files in memory for the tests: the XML parts written out and zipped with ZIPFoundation.
enum XLSXFixture {
    /// One worksheet: its tab name, the part it is stored in (under `xl/`), and the XML of its `<sheetData>` rows.
    struct Sheet {
        var name: String
        var part: String
        var rows: String
        var kind = "worksheet"
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Zips the given parts (name, text) into the bytes of an archive.
    static func zip(_ parts: [(String, String)], compressed: Bool = true) throws -> [UInt8] {
        try zip(parts.map { ($0.0, Data($0.1.utf8)) }, compressed: compressed)
    }

    /// Zips the given parts (name, bytes) into the bytes of an archive.
    static func zip(_ parts: [(String, Data)], compressed: Bool = true) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: compressed ? .deflate : .none
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data!)
    }

    /// A whole workbook: content types, package and workbook relationships, the workbook, the sheets
    /// (relationship ids assigned in reverse, so that order and names are not a coincidence), and a
    /// shared-string table when `sharedStrings` (the `<si>` elements) is given.
    static func workbook(
        _ sheets: [Sheet], sharedStrings: String? = nil, workbookProperties: String = "",
        absoluteTargets: Bool = false
    ) throws -> [UInt8] {
        var parts: [(String, String)] = []
        parts.append(
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                </Types>
                """
            ))
        parts.append(
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="\(packageRelationshipNamespace)">\
                <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """
            ))
        let ids = sheets.indices.map { "rId\(sheets.count - $0 + 10)" }
        let sheetList = Swift.zip(sheets, ids).enumerated().map { index, pair in
            "<sheet name=\"\(escape(pair.0.name))\" sheetId=\"\(index + 1)\" r:id=\"\(pair.1)\"/>"
        }.joined()
        parts.append(
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\(workbookProperties)<sheets>\(sheetList)</sheets></workbook>
                """
            ))
        var relationships = Swift.zip(sheets, ids).map { sheet, id in
            let target = absoluteTargets ? "/xl/\(sheet.part)" : sheet.part
            return "<Relationship Id=\"\(id)\" Type=\"\(relationshipNamespace)/\(sheet.kind)\" Target=\"\(target)\"/>"
        }
        if sharedStrings != nil {
            relationships.append("<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        relationships.append(
            "<Relationship Id=\"rId99\" Type=\"\(relationshipNamespace)/hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/>")
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="\(packageRelationshipNamespace)">\(relationships.joined())</Relationships>
                """
            ))
        for sheet in sheets {
            parts.append(("xl/\(sheet.part)", worksheet(sheet.rows)))
        }
        if let sharedStrings {
            parts.append(
                (
                    "xl/sharedStrings.xml",
                    """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <sst xmlns="\(mainNamespace)">\(sharedStrings)</sst>
                    """
                ))
        }
        return try zip(parts)
    }

    /// A one-sheet workbook named “Sheet1”.
    static func workbook(rows: String, sharedStrings: String? = nil) throws -> [UInt8] {
        try workbook([Sheet(name: "Sheet1", part: "worksheets/sheet1.xml", rows: rows)], sharedStrings: sharedStrings)
    }

    /// A worksheet part around the given `<row>` elements.
    static func worksheet(_ rows: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)"><dimension ref="A1"/>\
        <sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>\(rows)</sheetData>\
        <headerFooter><oddHeader>&amp;CPage header text</oddHeader></headerFooter></worksheet>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
