import Foundation
import OasisCore
import OasisImport
import OasisTestSupport
import Testing

@Suite("CSV text encodings: UTF-8 with or without a byte-order mark, GB18030 (GBK), and neither")
struct CSVTextEncodingTests {
    static let iconvPaths = ["/usr/bin/iconv", "/bin/iconv"]

    /// `text` converted to GB18030 by glibc's iconv (Debian's libc-bin, always installed).
    static func iconvGB18030(_ text: String) throws -> [UInt8] {
        let iconv = try TestPrerequisite.tool(iconvPaths, package: "libc-bin")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-iconv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("utf8.csv")
        let output = folder.appendingPathComponent("gb18030.csv")
        try Data(text.utf8).write(to: input)
        let result = try ChildProcess.run(iconv, ["-f", "UTF-8", "-t", "GB18030", "-o", output.path, input.path])
        #expect(result.status == 0, "iconv: \(result.stderr)")
        return Array(try Data(contentsOf: output))
    }

    static let valuesCSV = "region,indicator,period,value,source\n650102,U01,2025,95.2,天山区住建局\n650103,U02,2024,1.5,沙依巴克区\n"

    @Test("bytes written by hand from the GB18030 standard decode: two-byte, four-byte BMP and supplementary characters")
    func standardBytes() throws {
        // 中 D6D0, 文 CEC4 (GB 2312 area); € A2E3; U+0080 is 81 30 81 30, the first four-byte code; U+20000 is 95 32 82 36.
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0xD6, 0xD0, 0xCE, 0xC4, 0x2C, 0xA2, 0xE3, 0x81, 0x30, 0x81, 0x30, 0x95, 0x32, 0x82, 0x36, 0x0A]
        let (utf8, encoding) = try CSVTextEncoding.utf8Bytes(bytes)
        #expect(encoding == .gb18030)
        #expect(String(decoding: utf8, as: UTF8.self) == "a,b\n中文,€\u{80}\u{20000}\n")
        let table = try CSVParser().parse(bytes)
        #expect(table.records.map(\.fields) == [["中文", "€\u{80}\u{20000}"]])
    }

    @Test("UTF-8 with and without a byte-order mark and GB18030 written by iconv give the same table")
    func sameTable() throws {
        let plain = try CSVParser().parse(Array(Self.valuesCSV.utf8))
        let marked = try CSVParser().parse([0xEF, 0xBB, 0xBF] + Array(Self.valuesCSV.utf8))
        let gb = try Self.iconvGB18030(Self.valuesCSV)
        #expect(try CSVTextEncoding.utf8Bytes(gb).encoding == .gb18030)
        let chinese = try CSVParser().parse(gb)
        for table in [marked, chinese] {
            #expect(table.header == plain.header)
            #expect(table.records.map(\.fields) == plain.records.map(\.fields))
            #expect(table.records.map(\.line) == [2, 3])
        }
        #expect(chinese.records[0].fields[4] == "天山区住建局")
    }

    @Test("GB18030's own byte-order mark (84 31 95 33) is dropped")
    func gbByteOrderMark() throws {
        let table = try CSVParser().parse([0x84, 0x31, 0x95, 0x33] + (try Self.iconvGB18030("名称,数\n乌鲁木齐,1\n")))
        #expect(table.header == ["名称", "数"])
        #expect(table.records.map(\.fields) == [["乌鲁木齐", "1"]])
    }

    @Test("every character iconv writes in GB18030 reads back as iconv read it: CJK, symbols, Uyghur, four-byte and supplementary")
    func agreesWithIconv() throws {
        var scalars: [Unicode.Scalar] = []
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x24F, 0x600...0x6FF, 0x2000...0x206F, 0x3000...0x30FF, 0x4E00...0x9FA5, 0xFF01...0xFF5E,
        ]
        for range in ranges { scalars += range.compactMap(Unicode.Scalar.init) }
        scalars += stride(from: UInt32(0x20000), through: 0x2A6D6, by: 37).compactMap(Unicode.Scalar.init)
        var text = ""
        for (index, scalar) in scalars.enumerated() {
            text.unicodeScalars.append(scalar)
            if index % 64 == 63 { text += "\n" }
        }
        let gb = try Self.iconvGB18030(text)
        #expect(gb.count > text.utf8.count / 2)
        let (utf8, encoding) = try CSVTextEncoding.utf8Bytes(gb)
        #expect(encoding == .gb18030)
        let decoded = String(decoding: utf8, as: UTF8.self)
        #expect(decoded.unicodeScalars.count == text.unicodeScalars.count)
        #expect(decoded == text)
    }

    @Test("a file that is neither UTF-8 nor GB18030 is refused naming the line and the first bad byte")
    func neither() {
        // Line 3 holds 0xFF, which is no byte of UTF-8 and no lead byte of GB18030.
        let bytes = Array("a,b\n中,1\n".utf8) + [0x41, 0x2C, 0xFF, 0x0A] + Array("c,2\n".utf8)
        #expect {
            try CSVParser().parse(bytes)
        } throws: { error in
            let error = error as? OasisError
            return error?.code == "csv_encoding_unknown" && error?.details.first?.line == 3
                && error?.details.first?.reason == "byte 0xFF (byte 3 of the line) begins no UTF-8 or GB18030 character"
        }
        // GB18030 (two Chinese characters) with a lone lead byte at the end of line 2: a truncated character.
        let truncated: [UInt8] = Array("a\n".utf8) + [0xD6, 0xD0, 0xD6, 0x0A]
        #expect {
            try CSVParser().parse(truncated)
        } throws: { error in
            let error = error as? OasisError
            return error?.code == "csv_encoding_unknown" && error?.details.first?.line == 2
                && error?.details.first?.reason == "byte 0xD6 (byte 3 of the line) begins no UTF-8 or GB18030 character"
        }
    }

    @Test("the refusal's reason is worded in the catalogue's languages")
    func worded() {
        let reason = "byte 0xFF (byte 3 of the line) begins no UTF-8 or GB18030 character"
        #expect(ValueProblemText.reason(reason, in: .zhHans) == "字节 0xFF（该行第 3 个字节）既不是 UTF-8 字符也不是 GB18030 字符的开头")
        #expect(ValueProblemText.reason(reason, in: .ug) == "0xFF بايت (قۇرنىڭ 3-بايتى) UTF-8 ياكى GB18030 ھەرپىنىڭ بېشى ئەمەس")
        #expect(ValueProblemText.reason(reason, in: .en) == reason)
    }

    @Test("historical cases read from a GB18030 file written by iconv")
    func casesInGB18030() throws {
        let csv = "id,created,closed,type,text,lat,lon\nA1,2025-01-02 09:00:00,,垃圾,路边堆放,,\nA2,2025-01-03 10:00:00,2025-01-03 12:00:00,井盖,缺失,,\n"
        let mapping = CaseImportMapping(
            name: "test", externalID: "id",
            createdAt: CaseImportTimeColumn(column: "created", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
            closedAt: CaseImportTimeColumn(column: "closed", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
            category: CaseImportValueMap(column: "type", values: ["垃圾": "E0101", "井盖": "C0101"], unmapped: .refuse),
            description: "text", latitude: "lat", longitude: "lon")
        let result = try CaseImportReader(mapping: mapping).readAll(csv: try Self.iconvGB18030(csv))
        #expect(result.summary.problems.isEmpty)
        #expect(result.rows.map(\.externalID) == ["A1", "A2"])
        #expect(result.rows.map(\.category) == ["E0101", "C0101"])
        #expect(result.rows.map(\.description) == ["路边堆放", "缺失"])
    }
}
