/// Escaping for text written into XML, HTML and SVG: `&`, `<` and `>` always, quotes when the text may end up
/// in an attribute; characters XML 1.0 cannot carry (controls other than tab and line breaks) are dropped.
public enum XMLText {
    public static func escape(_ text: String, quotes: Bool = true) -> String {
        guard
            text.utf8.contains(where: {
                $0 == 38 || $0 == 60 || $0 == 62 || (quotes && ($0 == 34 || $0 == 39)) || ($0 < 32 && $0 != 9 && $0 != 10 && $0 != 13)
            })
        else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
