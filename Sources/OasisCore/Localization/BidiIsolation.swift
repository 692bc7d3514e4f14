/// Keeps number–number ranges in reading order on right-to-left pages.
///
/// In a right-to-left paragraph the Unicode bidirectional algorithm reads an en dash between two numbers as a
/// neutral that takes the paragraph's direction, so "09:00–12:00" is shown as 12:00–09:00 and "2025–2026" as
/// 2026–2025. Wrapping each range in a left-to-right isolate (LRI U+2066 … PDI U+2069) keeps it whole. A range is
/// two numbers (digits with `:`, `.`, `,`, `/` or `-` inside, optionally after Latin letters, as in P04 or U22)
/// joined by an en dash, an em dash or a tilde, with or without spaces. A hyphen between digits needs nothing:
/// the algorithm already keeps "2026-12-31" and "1-10" together.
public enum BidiIsolation {
    public static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// A whole page or document in a language: its ranges isolated when the language is written right to left.
    public static func page(_ html: String, in language: Language) -> String {
        language.dir == "rtl" ? isolatingRangesInHTML(html) : html
    }

    /// The text with every range isolated left to right; ranges already isolated are left as they are.
    public static func isolatingRanges(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isRangeDash) else { return text }
        var out = String.UnicodeScalarView()
        appendIsolatingRanges(scalars[...], to: &out)
        return String(out)
    }

    /// The HTML with every range in its text isolated; tags, attribute values and the contents of `script`,
    /// `style` and `textarea` elements (code and form values) are copied unchanged.
    public static func isolatingRangesInHTML(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        guard scalars.contains(where: isRangeDash) else { return html }
        var out = String.UnicodeScalarView()
        var index = 0
        var textStart = 0
        while index < scalars.count {
            guard scalars[index] == "<" else {
                index += 1
                continue
            }
            appendIsolatingRanges(scalars[textStart..<index], to: &out)
            let tagEnd = endOfTag(scalars, from: index)
            let name = tagName(scalars, from: index)
            out.append(contentsOf: scalars[index..<tagEnd])
            index = tagEnd
            if ["script", "style", "textarea"].contains(name) {
                let close = closingTag(scalars, name: name, from: index)
                out.append(contentsOf: scalars[index..<close])
                index = close
            }
            textStart = index
        }
        appendIsolatingRanges(scalars[textStart..<scalars.count], to: &out)
        return String(out)
    }

    static func appendIsolatingRanges(_ text: ArraySlice<Unicode.Scalar>, to out: inout String.UnicodeScalarView) {
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text[index]
            if scalar == leftToRightIsolate {
                // Already isolated: copied up to and with its PDI.
                let close = text[index...].firstIndex(of: popDirectionalIsolate).map { $0 + 1 } ?? text.endIndex
                out.append(contentsOf: text[index..<close])
                index = close
                continue
            }
            guard isASCIIAlphanumeric(scalar) else {
                out.append(scalar)
                index += 1
                continue
            }
            guard let firstEnd = numberEnd(text, from: index) else {
                // A word without digits.
                var end = index
                while end < text.endIndex, isASCIIAlphanumeric(text[end]) { end += 1 }
                out.append(contentsOf: text[index..<end])
                index = end
                continue
            }
            var next = skipSpaces(text, from: firstEnd)
            if next < text.endIndex, isRangeDash(text[next]) {
                next = skipSpaces(text, from: next + 1)
                if let secondEnd = numberEnd(text, from: next), secondEnd == text.endIndex || !isASCIIAlphanumeric(text[secondEnd]) {
                    out.append(leftToRightIsolate)
                    out.append(contentsOf: text[index..<secondEnd])
                    out.append(popDirectionalIsolate)
                    index = secondEnd
                    continue
                }
            }
            out.append(contentsOf: text[index..<firstEnd])
            index = firstEnd
        }
    }

    /// The end of a number starting here (after optional Latin letters), or nil when none starts here.
    static func numberEnd(_ text: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        var index = start
        while index < text.endIndex, isASCIILetter(text[index]) { index += 1 }
        guard index < text.endIndex, isDigit(text[index]) else { return nil }
        while index < text.endIndex {
            if isDigit(text[index]) {
                index += 1
            } else if ":.,/-".unicodeScalars.contains(text[index]), index + 1 < text.endIndex, isDigit(text[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    static func skipSpaces(_ text: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var index = start
        while index < text.endIndex, [" ", "\u{00A0}", "\u{202F}", "\u{2009}"].contains(text[index]) { index += 1 }
        return index
    }

    static func isRangeDash(_ scalar: Unicode.Scalar) -> Bool { ["\u{2013}", "\u{2014}", "~", "\u{FF5E}"].contains(scalar) }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || isASCIILetter(scalar) }

    /// Just past the `>` that closes the tag opening at `start`, skipping quoted attribute values.
    static func endOfTag(_ html: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        var quote: Unicode.Scalar?
        while index < html.count {
            let scalar = html[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index + 1
            }
            index += 1
        }
        return html.count
    }

    /// The lower-cased element name of an opening tag (empty for closing tags, comments and declarations).
    static func tagName(_ html: [Unicode.Scalar], from start: Int) -> String {
        var name = String.UnicodeScalarView()
        var index = start + 1
        while index < html.count, isASCIIAlphanumeric(html[index]) {
            name.append(html[index])
            index += 1
        }
        return String(name).lowercased()
    }

    /// Where the closing tag of a raw-text element starts (the end when it is missing).
    static func closingTag(_ html: [Unicode.Scalar], name: String, from start: Int) -> Int {
        let closing = Array("</\(name)".unicodeScalars)
        var index = start
        while index + closing.count <= html.count {
            if html[index] == "<",
                String(String.UnicodeScalarView(html[index..<index + closing.count])).lowercased() == String(String.UnicodeScalarView(closing))
            {
                return index
            }
            index += 1
        }
        return html.count
    }
}
