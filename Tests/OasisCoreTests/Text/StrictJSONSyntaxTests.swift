import OasisCore
import Testing

@Suite("Strict JSON: a comma before a closing bracket is refused where Foundation would accept it")
struct StrictJSONSyntaxTests {
    func refusal(_ text: String) -> OasisError? {
        do {
            try StrictJSONSyntax.requireNoTrailingCommas(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "valid JSON passes, commas inside strings included",
        arguments: [
            #"[1, 2]"#, #"{"a": 1, "b": [true, null]}"#, #"{"a": "x,}"}"#, #"{"a": "quote \",]"}"#, #"["\\", 1]"#, "[]", "{}", "",
        ])
    func valid(text: String) {
        #expect(refusal(text) == nil)
    }

    @Test("trailing commas are refused with their line and column")
    func trailing() throws {
        let array = try #require(refusal("[1, 2,]"))
        #expect(array.code == "invalid_json")
        #expect(array.details.first?.line == 1 && array.details.first?.column == "6")
        let object = try #require(refusal("{\n  \"名称\": 1,\n}"))
        #expect(object.details.first?.line == 2 && object.details.first?.column == "10")
        #expect(refusal("[[1,\t\r\n ]]") != nil)
    }
}
