import Foundation
import OasisCore
import OasisImport
import OasisTestSupport
import Testing

@Suite("Bulk import of historical cases through a column mapping")
struct CaseImportTests {
    /// The repository root (this file is Tests/OasisCoreTests/Cases/CaseImportTests.swift).
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    /// The real Los Angeles extract in ../shared/data.
    static let laPath = "hotline/la_myla311_2018-01-01_10k.csv"

    static func laMappingJSON() throws -> [UInt8] {
        let url = root.appendingPathComponent("docs/examples/la-myla311-mapping.json")
        return Array(try Data(contentsOf: url))
    }

    /// A small mapping for synthetic files.
    static let smallMapping = CaseImportMapping(
        name: "test", externalID: "id",
        createdAt: CaseImportTimeColumn(column: "created", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
        closedAt: CaseImportTimeColumn(column: "closed", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
        category: CaseImportValueMap(column: "type", values: ["垃圾": "E0101", "井盖": "C0101"], unmapped: .refuse),
        description: "text", latitude: "lat", longitude: "lon"
    )

    func read(_ csv: String, mapping: CaseImportMapping = Self.smallMapping) throws -> CaseImportResult {
        try CaseImportReader(mapping: mapping).readAll(csv: Array(csv.utf8))
    }

    func refusal(_ csv: [UInt8], mapping: CaseImportMapping = Self.smallMapping) -> OasisError? {
        do throws(OasisError) {
            _ = try CaseImportReader(mapping: mapping).readAll(csv: csv)
            return nil
        } catch {
            return error
        }
    }

    func mappingRefusal(_ json: String) -> OasisError? {
        do throws(OasisError) {
            _ = try CaseImportMapping.decode(json: Array(json.utf8), taxonomy: .builtIn)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "the real Los Angeles file imports through docs/examples/la-myla311-mapping.json",
        .enabled(if: SharedData.runs(Self.laPath), Comment(rawValue: SharedData.skipReason(Self.laPath))))
    func losAngeles() throws {
        let url = try SharedData.require(Self.laPath)
        let mapping = try CaseImportMapping.decode(json: Self.laMappingJSON(), taxonomy: .builtIn)
        let bytes = Array(try Data(contentsOf: url))
        var batches = 0
        var rows: [CaseImportRow] = []
        let reader = try CaseImportReader(mapping: mapping, chunkBytes: 256 * 1024)
        let summary = try reader.read(csv: bytes) { (batch: [CaseImportRow]) throws(OasisError) in
            batches += 1
            rows += batch
        }
        #expect(summary.rowCount == 10_000)
        #expect(summary.acceptedCount == 10_000 && summary.rejectedCount == 0)
        #expect(summary.problems.isEmpty)
        #expect(batches > 1)
        #expect(rows.count == 10_000)
        // RequestType counts (checked independently with Python's csv module).
        #expect(summary.byCategory["E0105"] == 4918) // Bulky Items
        #expect(summary.byCategory["E0202"] == 2082) // Graffiti Removal
        #expect(summary.byCategory["E0104"] == 1021) // Illegal Dumping Pickup
        #expect(summary.byCategory["E0106"] == 757) // Metal/Household Appliances
        #expect(summary.byCategory["E0107"] == 426) // Electronic Waste
        #expect(summary.byCategory["E0505"] == 250) // Homeless Encampment
        #expect(summary.byCategory["C0104"] == 128) // Single (91) and Multiple (37) Streetlight Issue
        #expect(summary.byCategory["RT05"] == 3) // Feedback
        // Every RequestType has a category; the request type falls back to help (求助) for all but two of them.
        #expect(summary.defaulted["category"] == nil)
        let defaultedRequestTypes = summary.defaulted["requestType", default: [:]].values.reduce(0, +)
        #expect(defaultedRequestTypes == 9982)
        // Thirteen streetlight cases record their closure as midnight of a day on which they were created.
        #expect(summary.clampedClosures == 13)
        #expect(summary.locatedCount == 8898)
        #expect(rows.filter { $0.status == .cancelled }.count == 280)
        #expect(rows.filter { $0.closure == .referred }.count == 9)
        #expect(rows.filter { $0.channel == "phone" }.count == 4787)
        #expect(rows.filter { $0.requestType == "RT02" }.count == 9982)
        #expect(rows.filter { $0.region == nil }.count == 9)
        // The first record: created 2018-01-01 00:00:09 PST, closed 2018-01-06 10:18:29 PST.
        let first = try #require(rows.first)
        #expect(first.line == 2 && first.externalID == "1-870704814" && first.unit == "BOS" && first.region == "10")
        #expect(first.createdAt.timeIntervalSince1970 == 1_514_793_609)
        #expect(first.closedAt?.timeIntervalSince1970 == 1_515_262_709)
        #expect(first.address == "356 S BERENDO ST, 90020")
        #expect(first.latitude == 34.0676390557 && first.longitude == -118.294017712)
        // The latest closure falls in daylight-saving time (PDT, UTC−7): 2019-10-07 15:20:52.
        let latest = try #require(rows.first { $0.externalID == "1-874681669" })
        #expect(latest.closedAt?.timeIntervalSince1970 == 1_570_486_852)
        #expect(latest.line == 9313)
    }

    @Test(
        "the real file with strict policies: every unmapped category and early closure is an error with line and column",
        .enabled(if: SharedData.runs(Self.laPath), Comment(rawValue: SharedData.skipReason(Self.laPath))))
    func losAngelesStrict() throws {
        let url = try SharedData.require(Self.laPath)
        var mapping = try CaseImportMapping.decode(json: Self.laMappingJSON(), taxonomy: .builtIn)
        mapping.category.values["Other"] = nil
        mapping.category.unmapped = .refuse
        mapping.closedBeforeCreated = .refuse
        let result = try CaseImportReader(mapping: mapping).readAll(csv: Array(try Data(contentsOf: url)))
        #expect(result.summary.problemCount == 184 + 13)
        #expect(result.summary.rejectedCount == 197)
        #expect(result.summary.acceptedCount == 9803)
        let first = try #require(result.summary.problems.first)
        #expect(first.line == 26 && first.column == "RequestType")
        #expect(first.reason == "category value \"Other\" is not in the mapping's value map")
        #expect(result.summary.problems.contains { $0.line == 1138 && $0.column == "ClosedDate" })
    }

    @Test("row-level problems are all collected, each with its line and column; good rows go through")
    func rowProblems() throws {
        let csv = """
            id,created,closed,type,text,lat,lon
            A1,2025-01-02 09:00:00,2025-01-02 17:30:00,垃圾,路边垃圾,39.9,116.4
            A2,2025-13-02 09:00:00,,垃圾,,,
            A3,2025-01-02 09:00:00,,招牌,,95,116.4
            A4,2025-01-02 09:00:00,2025-01-01 09:00:00,井盖,,39.9,
            A1,2025-01-03 09:00:00,,井盖,,,
            A6,2025-01-02 09:00:00,,井盖
            ,2025-01-02 09:00:00,,井盖,,,
            """
        let result = try read(csv)
        #expect(result.summary.rowCount == 7)
        #expect(result.summary.acceptedCount == 1)
        #expect(result.summary.rejectedCount == 6)
        let places = result.summary.problems.map { "\($0.line ?? 0) \($0.column ?? "-")" }
        #expect(places == ["3 created", "4 type", "4 lat", "5 closed", "5 lon", "6 id", "7 -", "8 id"])
        let row = try #require(result.rows.first)
        #expect(row.externalID == "A1" && row.category == "E0101" && row.status == .closed && row.closure == .resolved)
        #expect(row.createdAt.timeIntervalSince1970 == 1_735_779_600) // 09:00 in China Standard Time is 01:00 UTC
        #expect(row.description == "路边垃圾")
        #expect(result.summary.problems[5].reason == "external id A1 repeats line 2")
    }

    @Test("coordinates declared GCJ-02 are stored as WGS-84; a default policy counts what it defaulted")
    func gcjAndDefaults() throws {
        var mapping = Self.smallMapping
        mapping.coordinateSystem = .gcj02
        mapping.category.unmapped = .default
        mapping.category.default = "E0601"
        let csv = "id,created,closed,type,text,lat,lon\nB1,2025-01-02 09:00:00,,招牌,,39.91334545536069,116.38404722455657\n"
        let result = try read(csv, mapping: mapping)
        let row = try #require(result.rows.first)
        #expect(row.category == "E0601")
        #expect(result.summary.defaulted == ["category": ["招牌": 1]])
        #expect(abs((row.latitude ?? 0) - 39.911954) < 1e-6)
        #expect(abs((row.longitude ?? 0) - 116.377817) < 1e-6)
    }

    @Test("values are read trimmed, quoted or not, doubled quotes undone; a bad time is quoted in its problem")
    func trimmedValues() throws {
        let csv = """
            id,created,closed,type,text,lat,lon
            " B1 ", 2025-01-02 09:00:00 ,"2025-01-02 10:00:00",\"垃圾\","  say ""hi""  ",,
            B2,2025-01-02 9h,,垃圾,,,

            """
        let result = try read(csv)
        let row = try #require(result.rows.first)
        #expect(result.rows.count == 1)
        #expect(row.externalID == "B1" && row.category == "E0101" && row.description == "say \"hi\"")
        #expect(row.createdAt.timeIntervalSince1970 == 1_735_779_600 && row.closedAt?.timeIntervalSince1970 == 1_735_783_200)
        #expect(
            result.summary.problems.map { "\($0.line ?? 0) \($0.column ?? "-") \($0.reason)" }
                == ["3 created \"2025-01-02 9h\" is not a date-time in the pattern yyyy-MM-dd HH:mm:ss"])
    }

    @Test("malformed CSV stops the read, naming the line")
    func malformedCSV() {
        let quote = refusal(Array("id,created,closed,type,text,lat,lon\nA1,2025-01-02 09:00:00,,垃\"圾,,,\n".utf8))
        #expect(quote?.code == "csv_malformed" && quote?.details.first?.line == 2)
        let open = refusal(Array("id,created,closed,type,text,lat,lon\nA1,2025-01-02 09:00:00,,\"垃圾,,,\n".utf8))
        #expect(open?.code == "csv_truncated")
        let latin1 = refusal(Array("id,created,closed,type,text,lat,lon\n".utf8) + [0x41, 0xE9, 0x0A])
        #expect(latin1?.code == "csv_encoding_unknown" && latin1?.details.first?.line == 2)
    }

    @Test("a file without a mapped column is refused before any row is read")
    func missingColumn() {
        let error = refusal(Array("id,created,type,text,lat,lon\nA1,2025-01-02 09:00:00,垃圾,,,\n".utf8))
        #expect(error?.code == "case_import_columns_missing")
        #expect(error?.details.map(\.column) == ["closed"])
    }

    @Test("chunked reading gives the same rows as one pass, whatever the chunk size, quotes and line breaks included")
    func chunks() throws {
        var csv = "id,created,closed,type,text,lat,lon\r\n"
        for index in 0..<3000 {
            csv += "C\(index),2025-03-04 10:11:12,,井盖,\"line one\nline \"\"two\"\", \(index)\",,\r\n"
        }
        let bytes = Array(csv.utf8)
        let whole = try CaseImportReader(mapping: Self.smallMapping, chunkBytes: 1 << 30).readAll(csv: bytes)
        let small = try CaseImportReader(mapping: Self.smallMapping, chunkBytes: 1024).readAll(csv: bytes)
        #expect(whole.rows.count == 3000)
        #expect(whole.rows == small.rows)
        #expect(small.rows.last?.line == 2 + 2 * 2999)
        #expect(small.rows.last?.description == "line one\nline \"two\", 2999")
    }

    @Test("bad mapping files are refused, naming the path at fault")
    func badMapping() {
        #expect(mappingRefusal("{\"externalId\": ")?.code == "case_mapping_invalid")
        let missing = mappingRefusal(#"{"externalId": "id", "category": {"column": "type"}}"#)
        #expect(missing?.code == "case_mapping_invalid" && missing?.details.first?.field == "createdAt")
        let json = #"""
            {"externalId": "id",
             "createdAt": {"column": "c", "format": "yyyy-MM-dd QQ", "timeZone": "Asia/Shanghai"},
             "closedAt": {"column": "d", "format": "yyyy-MM-dd", "timeZone": "Mars/Olympus"},
             "category": {"column": "t", "values": {"Bulky": "X999", "Tip": "RT01"}, "unmapped": "default"},
             "requestType": {"column": "t", "values": {"Bulky": "E0105"}},
             "status": {"column": "s", "values": {"Done": "finished", "Gone": "registered:duplicate"}},
             "latitude": "lat"}
            """#
        let error = mappingRefusal(json)
        #expect(error?.code == "case_mapping_inconsistent")
        #expect(
            error?.details.compactMap(\.field) == [
                "createdAt.format", "closedAt.timeZone", "category.default", "category.values[Bulky]",
                "requestType.values[Bulky]", "status.values[Done]", "status.values[Gone]", "longitude",
            ])
        let badPolicy = mappingRefusal(
            #"{"externalId": "id", "createdAt": {"column": "c", "format": "iso8601", "timeZone": "UTC"}, "category": {"column": "t", "unmapped": "ignore"}}"#
        )
        #expect(badPolicy?.details.first?.field == "category.unmapped")
    }
}
