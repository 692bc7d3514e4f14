import Foundation
import OasisCore

/// Small helpers for SVG drawn by Oasis: escaping, number formatting, the font stack. Charts are plain
/// SVG with text labels and patterns that survive black-and-white printing; no scripts, no external files.
public enum SVG {
    public static let fontFamily = "system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"

    public static func escape(_ text: String) -> String { XMLText.escape(text) }

    public static func number(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// The smallest text a chart draws, in px: a smaller size asked of ``text(_:x:y:anchor:size:weight:fill:)`` is raised
    /// to it. Charts are drawn at their own size (one unit of the drawing is one CSS px, see ``open``), so this is also the
    /// smallest text on screen, on a phone too.
    public static let minimumTextSize = 11.0

    /// The opening tag with a title and description for screen readers. The title's id is derived from the
    /// title itself (FNV-1a), so the same chart is the same text in every process. The text direction is set, not
    /// inherited from the page: a chart drawn left to right keeps its layout on a right-to-left page, and one drawn
    /// mirrored (`rightToLeft`) anchors its labels from the right (`text-anchor` follows the direction).
    /// The drawing is sized in px (`width` and `height` equal the view box), not scaled to its container: scaled down to a
    /// phone's width its text would shrink below ``minimumTextSize``. The page puts a chart in a box that scrolls sideways
    /// when the chart is wider than the screen (`.chart` in the stylesheet); print scales it to the page.
    static func open(width: Double, height: Double, title: String, description: String? = nil, rightToLeft: Bool = false) -> String {
        let hash = title.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
        let id = "t" + String(hash, radix: 36)
        let (w, h) = (number(width, decimals: 0), number(height, decimals: 0))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" "
        svg += "width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-labelledby=\"\(id)\" font-family=\"\(fontFamily)\" font-size=\"12\" "
        svg += "direction=\"\(rightToLeft ? "rtl" : "ltr")\">"
        svg += "<title id=\"\(id)\">\(escape(title))</title>"
        if let description { svg += "<desc>\(escape(description))</desc>" }
        return svg
    }

    public static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, weight: String = "normal", fill: String = "#1d2b2a"
    ) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(number(max(size, minimumTextSize), decimals: 0))\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(escape(content))</text>"
    }

    /// A fill for a 0–100 score: darker is better, readable in grey.
    public static func scoreFill(_ score: Double?) -> String {
        guard let score, score.isFinite else { return "#ffffff" }
        let steps = ["#e8f1ef", "#b9d6cf", "#7fb3a7", "#3f8a7b", "#0b5e52"]
        return steps[min(4, max(0, Int(score / 20)))]
    }

    public static func inkOn(_ score: Double?) -> String {
        guard let score, score >= 60 else { return "#1d2b2a" }
        return "#ffffff"
    }
}
