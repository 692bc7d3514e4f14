import Foundation

/// Part names inside the package: resolving relationship targets and locating relationship parts.
enum XLSXPartPath {
    /// A part name as the ZIP directory may spell it, normalised: forward slashes, no leading slash.
    static func normalized(_ path: String) -> String {
        var result = path.replacingOccurrences(of: "\\", with: "/")
        while result.hasPrefix("/") { result.removeFirst() }
        return result
    }

    /// The folder of a part, with a trailing slash (“xl/” for “xl/workbook.xml”), or “” at the root.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The relationships part that belongs to `part`: “xl/workbook.xml” → “xl/_rels/workbook.xml.rels”;
    /// the package's own, for `part` “”, is “_rels/.rels”.
    static func relationships(of part: String) -> String {
        let folder = folder(of: part)
        let name = part.dropFirst(folder.count)
        return "\(folder)_rels/\(name).rels"
    }

    /// Resolves a relationship's `Target` against the part that holds the relationship: absolute targets
    /// (“/xl/worksheets/sheet1.xml”) from the package root, relative ones from that part's folder,
    /// with “.” and “..” segments and percent-escapes resolved.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let joined = decoded.hasPrefix("/") ? decoded : folder(of: sourcePart) + decoded
        var segments: [Substring] = []
        for segment in normalized(joined).split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
