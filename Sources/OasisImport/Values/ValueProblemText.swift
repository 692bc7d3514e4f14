import Foundation
import OasisCore

/// The problems `IndicatorValueReader` reports, worded in a language of the catalogue: each English reason the
/// reader writes is matched to its message key and arguments (the reader and these patterns change together), and
/// a problem's place (line, row, column) is worded too. A reason no pattern knows keeps its English text.
public enum ValueProblemText {
    /// (pattern over the whole reason, message key); the pattern's groups are the message's arguments.
    static let patterns: [(NSRegularExpression, String)] = [
        (#"required column is missing"#, "import_column_missing"),
        (#"unit "(.*)" does not match indicator (.*)'s unit "(.*)""#, "import_unit_mismatch"),
        (#"add one column per indicator code, e\.g\. U01"#, "import_wide_no_indicators"),
        (#"has (\d+) fields; the header has (\d+)"#, "import_field_count"),
        (#"region is empty"#, "import_region_empty"),
        (#"unknown region code "(.*)""#, "import_region_unknown"),
        (#"indicator is empty"#, "import_indicator_empty"),
        (#"unknown indicator "(.*)" in framework (\S+) (\S+)"#, "import_indicator_unknown"),
        (#""(.*)" is not a year such as 2025"#, "import_period_invalid"),
        (#"period (-?\d+) is in the future \(this is (\d+)\)"#, "import_period_future"),
        (#"value is empty"#, "import_value_empty"),
        (#""(.*)" is not a number"#, "import_value_not_number"),
        (#"(.*) is a percentage outside 0–100"#, "import_percentage_range"),
        (#"a count \((.*)\) cannot be negative: (.*)"#, "import_count_negative"),
        (#"conflicts with (?:line|row) (\d+): (\S+) (\S+) (\S+) is (\S+) there and (\S+) here"#, "import_conflict"),
        (#"(\S+) is not a finite number"#, "import_value_out_of_range"),
        (#"(\S+) is not a whole number"#, "import_value_out_of_range"),
        (#"(\S+) is outside .*"#, "import_value_out_of_range"),
        (#"byte (0x[0-9A-F]{2}) \(byte (\d+) of the line\) begins no UTF-8 or GB18030 character"#, "import_encoding_unknown_byte"),
        (#"the line is neither UTF-8 nor GB18030 text"#, "import_encoding_unknown_line"),
    ].map { pattern, key in
        // The patterns are constants of this file, covered by tests: a bad one is a build defect.
        (try! NSRegularExpression(pattern: "^" + pattern + "$"), key)
    }

    /// The reason in `language`.
    public static func reason(_ reason: String, in language: Language, catalogue: MessageCatalogue = .standard) -> String {
        let range = NSRange(reason.startIndex..., in: reason)
        for (pattern, key) in patterns {
            guard let match = pattern.firstMatch(in: reason, range: range) else { continue }
            let arguments = (1..<match.numberOfRanges).map { index -> String in
                Range(match.range(at: index), in: reason).map { String(reason[$0]) } ?? ""
            }
            return catalogue.text(MessageKey(key), language, arguments: arguments)
        }
        return reason
    }

    /// Where the problem is, in `language`: "第 3 行，“value”列".
    public static func place(_ detail: OasisError.Detail, in language: Language, catalogue: MessageCatalogue = .standard) -> String {
        var parts: [String] = []
        if let line = detail.line { parts.append(catalogue.text("import_place_line", language, String(line))) }
        if let row = detail.row { parts.append(catalogue.text("import_place_row", language, String(row))) }
        if let column = detail.column { parts.append(catalogue.text("import_place_column", language, column)) }
        if let field = detail.field { parts.append(field) }
        return parts.joined(separator: catalogue.text("import_place_separator", language))
    }

    /// The detail worded in `language`, its place folded into `field` (so that a page shows it as written).
    public static func localized(_ detail: OasisError.Detail, in language: Language, catalogue: MessageCatalogue = .standard)
        -> OasisError.Detail
    {
        OasisError.Detail(field: place(detail, in: language, catalogue: catalogue), reason: reason(detail.reason, in: language, catalogue: catalogue))
    }
}
