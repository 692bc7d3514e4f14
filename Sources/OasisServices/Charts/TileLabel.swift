/// A region's name broken into the few short lines a map tile has room for. Widths are estimated from the script
/// (a Han character is one em wide, other letters about 0.6 em), which is all an SVG drawn without a font engine can
/// know. Words stay whole where the name has spaces; Chinese breaks between any two characters, into lines of even
/// length. A name that does not fit ends its last line with "…"; the tile's title carries the whole name. Lines but the
/// last keep the space they end with, so that the lines put together read as the name.
enum TileLabel {
    static func lines(_ name: String, width: Double, size: Double, maxLines: Int) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        let units = words.count > 1 ? words.enumerated().map { $0 == words.count - 1 ? $1 : $1 + " " } : name.map(String.init)
        let total = units.reduce(0) { $0 + measure($1, size: size) }
        guard total > width else { return [name] }
        // Aim for lines of even length: the fewest lines the name needs, each about total / count wide.
        let count = min(maxLines, Int((total / width).rounded(.up)))
        let target = min(width, total / Double(count) + size * 0.5)
        var lines: [String] = []
        var line = ""
        for unit in units {
            let next = line + unit
            if !line.isEmpty, measure(next.trimmingSuffixSpace, size: size) > target, lines.count < maxLines - 1 {
                lines.append(line)
                line = unit
            } else {
                line = next
            }
        }
        lines.append(line)
        let last = lines.removeLast()
        return lines + [fit(last.trimmingSuffixSpace, width: width, size: size)]
    }

    /// The line as it is, or cut and ended with "…" to fit the width.
    static func fit(_ line: String, width: Double, size: Double) -> String {
        guard measure(line, size: size) > width else { return line }
        var cut = line
        while !cut.isEmpty, measure(cut + "…", size: size) > width { cut.removeLast() }
        return cut.trimmingSuffixSpace + "…"
    }

    static func measure(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { sum, scalar in
            sum + size * (isWide(scalar) ? 1.0 : 0.6)
        }
    }

    /// Han, kana and full-width forms: one em wide.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x20000...0x3FFFF: true
        default: false
        }
    }
}

extension String {
    fileprivate var trimmingSuffixSpace: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
