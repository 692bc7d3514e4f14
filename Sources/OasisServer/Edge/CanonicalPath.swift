import OasisServices

/// The one spelling of a request path that routing and every security decision read. A path with empty
/// segments (`//api`), dot segments (`/./`, `/../`), a backslash or a percent-encoded slash, backslash or
/// dot is not canonical: the router would match it to a route while a prefix check such as "is this under
/// /api/?" would not, so such paths are answered at the edge before either looks at them.
enum CanonicalPath {
    /// What to do with a path: serve it, or tell the client the canonical spelling (nil when none exists,
    /// for example when `..` climbs above the root).
    enum Verdict: Equatable {
        case canonical
        case rewrite(String?)
    }

    static func check(_ path: String) -> Verdict {
        guard isCanonical(path) else { return .rewrite(canonicalSpelling(of: path)) }
        return .canonical
    }

    /// Fast path: one pass over the bytes, no allocation.
    static func isCanonical(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.first == UInt8(ascii: "/") else { return false }
        var segmentLength = 0
        var segmentIsDots = true
        var index = bytes.index(after: bytes.startIndex)
        var previous = UInt8(ascii: "/")
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "/"):
                if previous == UInt8(ascii: "/") || (segmentIsDots && segmentLength <= 2) { return false }
                segmentLength = 0
                segmentIsDots = true
            case UInt8(ascii: "\\"):
                return false
            case UInt8(ascii: "%"):
                let high = bytes.index(after: index)
                if high != bytes.endIndex {
                    let low = bytes.index(after: high)
                    if low != bytes.endIndex, isEncodedSeparator(bytes[high], bytes[low]) { return false }
                }
                segmentLength += 1
                segmentIsDots = false
            default:
                segmentLength += 1
                if byte != UInt8(ascii: ".") { segmentIsDots = false }
            }
            previous = byte
            index = bytes.index(after: index)
        }
        return !(segmentIsDots && segmentLength > 0 && segmentLength <= 2)
    }

    /// `%2F`, `%5C` and `%2E` (any case): a slash, backslash or dot in disguise.
    private static func isEncodedSeparator(_ high: UInt8, _ low: UInt8) -> Bool {
        let lower = low | 0x20
        switch high {
        case UInt8(ascii: "2"): return lower == UInt8(ascii: "f") || lower == UInt8(ascii: "e")
        case UInt8(ascii: "5"): return lower == UInt8(ascii: "c")
        default: return false
        }
    }

    /// Empty and `.` segments dropped, `..` resolved; nil for encoded separators, backslashes or a climb
    /// above the root, which have no safe spelling.
    static func canonicalSpelling(of path: String) -> String? {
        guard path.hasPrefix("/"), !path.contains("\\") else { return nil }
        let lowered = path.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c"), !lowered.contains("%2e") else { return nil }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        let trailingSlash = path.hasSuffix("/") && !segments.isEmpty
        return "/" + segments.joined(separator: "/") + (trailingSlash ? "/" : "")
    }
}
