import Foundation

/// Hides contact details in text the public will read (a case's description and address): the reporter's own name,
/// phone and e-mail wherever they appear, any e-mail address, and any run of seven or more digits (phone numbers,
/// ID numbers; single spaces, hyphens or dots between digits count as part of the run). Each is replaced by `***`.
public enum ContactMask {
    public static let replacement = "***"
    static let shortestNumber = 7

    public static func masked(_ text: String, reporter: CaseReporter?) -> String {
        var result = text
        for detail in [reporter?.email, reporter?.phone, reporter?.name].compactMap({ $0?.trimmingASCIIWhitespace() })
        where detail.count >= 2 {
            result = result.replacingOccurrences(of: detail, with: replacement)
        }
        return maskedNumbers(maskedEmails(result))
    }

    static func isLocalPart(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c))
    }

    static func isDomainPart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-") }

    static func maskedEmails(_ text: String) -> String {
        let characters = Array(text)
        guard characters.contains("@") else { return text }
        var out = ""
        var index = 0
        var written = 0
        while index < characters.count {
            guard characters[index] == "@" else {
                index += 1
                continue
            }
            var start = index
            while start > written, isLocalPart(characters[start - 1]) { start -= 1 }
            var end = index + 1
            while end < characters.count, isDomainPart(characters[end]) { end += 1 }
            let domain = String(characters[(index + 1)..<end])
            if start < index, domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") {
                out += String(characters[written..<start]) + replacement
                written = end
            }
            index = end
        }
        return out + String(characters[written...])
    }

    static func maskedNumbers(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                out.append(characters[index])
                index += 1
                continue
            }
            // The run: digits, with single separators between digits.
            var end = index
            var digits = 0
            while end < characters.count {
                let c = characters[end]
                if c.isASCII, c.isNumber {
                    digits += 1
                    end += 1
                } else if " -.".contains(c), end + 1 < characters.count, characters[end + 1].isASCII, characters[end + 1].isNumber {
                    end += 1
                } else {
                    break
                }
            }
            out += digits >= shortestNumber ? replacement : String(characters[index..<end])
            index = end
        }
        return out
    }
}
