import OasisCore
import OasisImport
import Testing

@Suite("CSV parser")
struct CSVParserTests {
    func parse(_ text: String) throws -> CSVTable { try CSVParser().parse(Array(text.utf8)) }

    @Test("reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM")
    func quoting() throws {
        let table = try CSVParser().parse([0xEF, 0xBB, 0xBF] + Array("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\n".utf8))
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records.count == 2)
        #expect(table.records[0].fields == ["1", "x, y", "say \"hi\""])
        #expect(table.records[1].fields == ["2", "two\nlines", "z"])
        #expect(table.records[0].line == 2)
        #expect(table.records[1].line == 3)
    }

    @Test("counts lines across embedded line breaks and skips blank lines")
    func lines() throws {
        let table = try parse("h1,h2\n\"a\nb\",1\n\nc,2")
        #expect(table.records.map(\.line) == [2, 5])
        #expect(table.records[1].fields == ["c", "2"])
    }

    @Test("a truncated file (open quote) names the line where the field began")
    func truncated() {
        #expect {
            try parse("a,b\n1,2\n3,\"never closed\n")
        } throws: { error in
            let error = error as? OasisError
            return error?.code == "csv_truncated" && error?.details.first?.line == 3
        }
    }

    @Test("text after a closing quote is malformed")
    func malformed() {
        #expect {
            try parse("a,b\n1,\"x\"y\n")
        } throws: { ($0 as? OasisError)?.code == "csv_malformed" && ($0 as? OasisError)?.details.first?.line == 2 }
    }

    @Test("text that is neither UTF-8 nor GB18030 is refused with its line")
    func notUTF8() {
        let bytes = Array("a,b\n1,2\n".utf8) + [0xC3, 0x28] + Array(",3\n".utf8)
        #expect {
            try CSVParser().parse(bytes)
        } throws: { ($0 as? OasisError)?.code == "csv_encoding_unknown" && ($0 as? OasisError)?.details.first?.line == 3 }
    }

    @Test("an empty file and an oversized file are refused")
    func emptyAndHuge() {
        #expect { try parse("") } throws: { ($0 as? OasisError)?.code == "csv_empty" }
        #expect {
            try CSVParser(maximumBytes: 4).parse(Array("a,b\n1,2\n".utf8))
        } throws: { ($0 as? OasisError)?.kind == .tooLarge }
    }
}
