import OasisCore
import Testing

/// Ranges are wrapped in LRI (U+2066) … PDI (U+2069) so that a right-to-left paragraph keeps them in reading order.
@Suite("Number–number ranges isolated for right-to-left text")
struct BidiIsolationTests {
    static func isolated(_ text: String) -> String { "\u{2066}\(text)\u{2069}" }

    @Test(
        "times, years, numbers and codes joined by an en dash, em dash or tilde are isolated; hyphenated days and plain numbers are not",
        arguments: [
            ("ئىشخانا ۋاقتى 09:00–12:00", "ئىشخانا ۋاقتى " + isolated("09:00–12:00")),
            ("2025–2026 يىللىرى", isolated("2025–2026") + " يىللىرى"),
            ("1–10", isolated("1–10")),
            ("0 – 100 نومۇر", isolated("0 – 100") + " نومۇر"),
            ("P04–P12، U22", isolated("P04–P12") + "، U22"),
            ("2025-03-01 – 2026-10-31", isolated("2025-03-01 – 2026-10-31")),
            ("10~20", isolated("10~20")),
            ("1,5—2,5", isolated("1,5—2,5")),
            ("2026-12-31", "2026-12-31"),
            ("9.5 %", "9.5 %"),
            ("تەدبىر (9) – نەتىجە", "تەدبىر (9) – نەتىجە"),
            ("abc–def", "abc–def"),
            ("1–2abc", "1–2abc"),
        ])
    func ranges(input: String, expected: String) {
        #expect(BidiIsolation.isolatingRanges(input) == expected)
    }

    @Test("ranges already isolated are left as they are")
    func alreadyIsolated() {
        let text = "ۋاقتى " + Self.isolated("09:00–12:00") + "، " + Self.isolated("13:30–18:00")
        #expect(BidiIsolation.isolatingRanges(text) == text)
    }

    @Test("in HTML only text is touched: attributes, scripts, styles and form values keep their ranges")
    func html() {
        let html =
            #"<p title="1–2">3–4</p><input value="5–6"><textarea>7–8</textarea><script>var a = "9–10";</script>"#
            + #"<style>/* 11–12 */</style><td class="num">13–14</td><svg><text x="1">0–20</text></svg>"#
        let expected =
            #"<p title="1–2">"# + Self.isolated("3–4") + #"</p><input value="5–6"><textarea>7–8</textarea><script>var a = "9–10";</script>"#
            + #"<style>/* 11–12 */</style><td class="num">"# + Self.isolated("13–14") + #"</td><svg><text x="1">"# + Self.isolated("0–20")
            + "</text></svg>"
        #expect(BidiIsolation.isolatingRangesInHTML(html) == expected)
    }

    @Test("a page in a left-to-right language is returned unchanged")
    func leftToRight() {
        let html = "<p>09:00–12:00</p>"
        #expect(BidiIsolation.page(html, in: .zhHans) == html)
        #expect(BidiIsolation.page(html, in: .en) == html)
        #expect(BidiIsolation.page(html, in: .ug) == "<p>" + Self.isolated("09:00–12:00") + "</p>")
    }
}
