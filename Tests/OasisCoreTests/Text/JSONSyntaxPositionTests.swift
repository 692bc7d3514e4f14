import OasisCore
import Testing

@Suite("JSON syntax position: where a text first breaks the grammar, without exhausting the stack")
struct JSONSyntaxPositionTests {
    @Test("well-formed JSON has no error; a broken one is placed by line and column")
    func places() {
        #expect(JSONSyntaxPosition.firstError(in: Array(#"{"a": [1, {"b": null}]}"#.utf8)) == nil)
        let place = JSONSyntaxPosition.firstError(in: Array("{\n  \"a\": tru\n}".utf8))
        // `  "a": tru` then the line break where `e` should be: the break is the 11th character of line 2.
        #expect(place?.line == 2 && place?.column == 11)
    }

    @Test("nesting: 512 levels are read, deeper is an error at the 513th bracket, and 100,000 levels do not crash")
    func depth() {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(JSONSyntaxPosition.firstError(in: Array(deepest.utf8)) == nil)
        let deeper = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        // The 513th `[` is the 513th character: column 513 on line 1.
        #expect(JSONSyntaxPosition.firstError(in: Array(deeper.utf8))?.column == 513)
        let hostile = [UInt8](repeating: UInt8(ascii: "["), count: 100_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000)
        #expect(JSONSyntaxPosition.firstError(in: hostile)?.line == 1)
    }
}
