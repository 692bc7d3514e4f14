import Foundation
import OasisTestSupport

/// The example documents of the Open311 specifications in `../shared/design/specs`, read at test time, and the
/// normalisation the comparisons use ("byte for byte modulo whitespace").
enum Open311SpecExamples {
    static var specsDirectory: URL? { SharedData.under("design/specs") }

    static let absentMessage = "missing test data: ../shared/design/specs (the Open311 specification's examples)"

    /// Whether the comparisons run (see `TestPrerequisite`).
    static var runs: Bool { TestPrerequisite.runs(specsDirectory != nil) }

    static func file(_ name: String) -> String? {
        guard let url = specsDirectory?.appendingPathComponent(name), let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The fenced example after the tab marker `#id` in the GeoReport v2 page (`xml-service-list` …), without
    /// an HTTP status line.
    static func geoReport(_ id: String) -> String? {
        guard let text = file("open311-georeport-v2.md"), let marker = text.range(of: "#\(id)}") else { return nil }
        let rest = text[marker.upperBound...]
        guard let open = rest.range(of: "~~~~\n") else { return nil }
        let body = rest[open.upperBound...]
        guard let close = body.range(of: "~~~~") else { return nil }
        return String(body[..<close.lowerBound]).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("HTTP/1.1") }.joined(separator: "\n")
    }

    /// The discovery page's example in a format (`XML` or `JSON`).
    static func discovery(_ title: String) -> String? {
        guard let text = file("open311-service-discovery.md"), let marker = text.range(of: "<tab title=\"\(title)\">") else { return nil }
        let rest = text[marker.upperBound...]
        guard let close = rest.range(of: "</tab>") else { return nil }
        return String(rest[..<close.lowerBound])
    }

    /// Without any whitespace, and with `<name/>` written as `<name></name>` (the same element in XML).
    static func normalizedXML(_ text: String) -> String {
        var result = text.filter { !$0.isWhitespace }
        while let range = result.range(of: "<[a-z_]+/>", options: .regularExpression) {
            let name = result[range].dropFirst().dropLast(2)
            result.replaceSubrange(range, with: "<\(name)></\(name)>")
        }
        return result
    }

    /// Without any whitespace. `spec: true` also quotes the spec's bare numbers with leading zeros, and its numeric
    /// `service_request_id`s: Oasis writes every request id as a string (ids are opaque text to Open311 clients
    /// such as FixMyStreet, and a string survives ids beyond a double's 53 bits).
    static func normalizedJSON(_ text: String, spec: Bool) -> String {
        (spec ? quotingRequestIDs(quotingLeadingZeroNumbers(text)) : text).filter { !$0.isWhitespace }
    }

    /// `"service_request_id":638344` written as `"service_request_id":"638344"`.
    static func quotingRequestIDs(_ text: String) -> String {
        var result = text
        while let range = result.range(of: "\"service_request_id\":\\s*[0-9]+", options: .regularExpression) {
            let digits = result[range].drop { !$0.isNumber }
            result.replaceSubrange(range, with: "\"service_request_id\":\"\(digits)\"")
        }
        return result
    }

    /// The spec's JSON examples write codes such as `"service_code":006` as bare numbers with leading zeros, which
    /// RFC 8259 forbids; Oasis writes them as strings (`"006"`), so the expected text is quoted the same way.
    static func quotingLeadingZeroNumbers(_ text: String) -> String {
        var result = text
        while let range = result.range(of: "\":0[0-9]+(?=[,}\\s]|$)", options: .regularExpression) {
            let digits = result[range].dropFirst(2)
            result.replaceSubrange(range, with: "\":\"\(digits)\"")
        }
        return result
    }

    /// The lines of each item (`<service>…</service>` or `{…}`), trimmed, without trailing commas, sorted: the
    /// spec's service-list example lists the same fields in different orders for different services.
    static func itemLineSets(_ text: String, open: String, close: String) -> [[String]] {
        var groups: [[String]] = []
        var current: [String]?
        for raw in text.split(separator: "\n") {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix(",") { line.removeLast() }
            if line == open {
                current = []
                continue
            }
            if line == close, let group = current {
                groups.append(group.sorted())
                current = nil
                continue
            }
            current?.append(line)
        }
        return groups
    }
}
