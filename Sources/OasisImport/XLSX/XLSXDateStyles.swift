import Foundation

/// Which cell styles of a workbook show numbers as dates or times, read from `xl/styles.xml`: a cell whose style's
/// number format is a date format holds a date typed in Excel, stored as a serial number (`ExcelSerialDate`).
///
/// A format is a date or time when it is one of Excel's built-in date and time formats (14–22, 45 and 47, and in
/// Chinese, Japanese and Korean Excel 27–36 and 50–58), or when its code, once quoted text, escaped characters and
/// bracketed parts (`[$-804]`, `[Red]`) are removed, holds a date letter (`y`, `d`) or a time letter (`h`, `s`). Elapsed times such as `[h]:mm` are durations, not dates, and stay numbers.
struct XLSXDateStyles: Sendable {
    enum Kind: Sendable, Equatable {
        case date
        case time
        case dateTime
    }

    /// The kind of each cell style (`cellXfs` index) that shows a date or time; nil for the others.
    let kinds: [Kind?]

    static let none = XLSXDateStyles(kinds: [])

    /// The kind of the style with index `style`; nil when it shows no date or time.
    func kind(_ style: Int) -> Kind? { style >= 0 && style < kinds.count ? kinds[style] : nil }

    /// Reads the styles part's custom formats (`numFmt`) and cell styles (`xf` inside `cellXfs`).
    init(numFmtElements: [[String: String]], cellXfs: [[String: String]]) {
        var custom: [Int: String] = [:]
        for attributes in numFmtElements {
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { custom[id] = code }
        }
        kinds = cellXfs.map { attributes in
            guard let id = attributes["numFmtId"].flatMap({ Int($0) }) else { return nil }
            if let code = custom[id] { return Self.kind(formatCode: code) }
            return Self.builtIn[id]
        }
    }

    init(kinds: [Kind?]) { self.kinds = kinds }

    static let builtIn: [Int: Kind] = {
        var kinds: [Int: Kind] = [22: .dateTime]
        for id in [14, 15, 16, 17, 27, 28, 29, 30, 31, 36] + Array(50...58) { kinds[id] = .date }
        for id in [18, 19, 20, 21, 32, 33, 34, 35, 45, 47] { kinds[id] = .time }
        return kinds
    }()

    /// The kind of a number format code; nil when it shows no date or time.
    static func kind(formatCode: String) -> Kind? {
        let section = firstSection(formatCode)
        var letters = Set<Character>()
        var index = section.startIndex
        var elapsed = false
        while index < section.endIndex {
            let character = section[index]
            switch character {
            case "\"":
                index = section[section.index(after: index)...].firstIndex(of: "\"") ?? section.index(before: section.endIndex)
            case "\\", "_", "*":
                index = section.index(after: index) < section.endIndex ? section.index(after: index) : index
            case "[":
                let close = section[index...].firstIndex(of: "]") ?? section.index(before: section.endIndex)
                let inner = section[section.index(after: index)..<close].lowercased()
                if !inner.isEmpty, inner.allSatisfy({ "hms".contains($0) }) { elapsed = true }
                index = close
            default:
                letters.insert(Character(character.lowercased()))
            }
            index = section.index(after: index)
        }
        let hasDate = !letters.isDisjoint(with: ["y", "d"])
        let hasTime = !letters.isDisjoint(with: ["h", "s"])
        if elapsed && !hasDate { return nil }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return nil
        }
    }

    /// The first section of a format code (sections are separated by unquoted semicolons).
    static func firstSection(_ code: String) -> Substring {
        var quoted = false
        for index in code.indices {
            if code[index] == "\"" { quoted.toggle() }
            if code[index] == ";", !quoted { return code[..<index] }
        }
        return code[...]
    }
}
