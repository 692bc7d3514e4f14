/// A `multipart/form-data` body (RFC 7578) read into its parts: each part's field name, file name and declared
/// content type from its `Content-Disposition` and `Content-Type` headers, and its bytes. Bounded: at most
/// `maxParts` parts and `maxHeaderBytes` of headers per part, so a hostile body cannot make the reader loop or
/// grow without end (the body's own size is bounded by the server before it gets here). A body without its
/// boundary, with a part that never ends, without the closing delimiter, or with a part lacking a field name is
/// refused with 400 `multipart_invalid`.
public struct MultipartForm: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var name: String
        public var fileName: String?
        /// What the sender declared (never trusted for files: `PhotoFormat.sniff` reads the bytes).
        public var contentType: String?
        public var bytes: [UInt8]

        public init(name: String, fileName: String? = nil, contentType: String? = nil, bytes: [UInt8]) {
            self.name = name
            self.fileName = fileName
            self.contentType = contentType
            self.bytes = bytes
        }

        /// The part as UTF-8 text (invalid sequences replaced).
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    public var parts: [Part]

    public static let maxParts = 64
    public static let maxHeaderBytes = 8 * 1024

    /// The first part of that name.
    public func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text fields (parts without a file name), in order, as name–value pairs.
    public var fields: [(key: String, value: String)] {
        parts.filter { $0.fileName == nil }.map { (key: $0.name, value: $0.text) }
    }

    /// The boundary of a `multipart/form-data; boundary=…` content type, or nil when the type is another or the
    /// boundary is missing or not one RFC 2046 allows (1–70 characters).
    public static func boundary(ofContentType contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { String($0).trimmingASCIIWhitespace() }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].trimmingASCIIWhitespace().lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingASCIIWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count) else { return nil }
            return value
        }
        return nil
    }

    /// Reads a body sent with `contentType`.
    public static func parse(_ body: [UInt8], contentType: String) throws(OasisError) -> MultipartForm {
        guard let boundary = boundary(ofContentType: contentType) else {
            throw invalid("the Content-Type names no multipart/form-data boundary")
        }
        return try parse(body, boundary: boundary)
    }

    public static func parse(_ body: [UInt8], boundary: String) throws(OasisError) -> MultipartForm {
        let delimiter = Array(("--" + boundary).utf8)
        // The first delimiter opens the body (a preamble before it is allowed and ignored).
        guard let first = find(delimiter, in: body, from: 0) else { throw invalid("the body holds no boundary delimiter") }
        var position = first + delimiter.count
        var parts: [Part] = []
        while true {
            // After a delimiter: `--` closes the body; otherwise optional whitespace and CRLF open a part.
            if body.count >= position + 2, body[position] == 0x2D, body[position + 1] == 0x2D { return MultipartForm(parts: parts) }
            while position < body.count, body[position] == 0x20 || body[position] == 0x09 { position += 1 }
            guard body.count >= position + 2, body[position] == 0x0D, body[position + 1] == 0x0A else {
                throw invalid("the body ends before its closing boundary")
            }
            position += 2
            guard parts.count < maxParts else { throw invalid("more than \(maxParts) parts") }
            guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: position, limit: position + maxHeaderBytes) else {
                throw invalid("a part's headers do not end (or exceed \(maxHeaderBytes) bytes)")
            }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find([0x0D, 0x0A] + delimiter, in: body, from: contentStart) else {
                throw invalid("a part does not end with the boundary: the body is truncated")
            }
            parts.append(try part(headers: headers, bytes: Array(body[contentStart..<next])))
            position = next + 2 + delimiter.count
        }
    }

    static func part(headers: String, bytes: [UInt8]) throws(OasisError) -> Part {
        var name: String?
        var fileName: String?
        var contentType: String?
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            let value = pair[1].trimmingASCIIWhitespace()
            switch pair[0].trimmingASCIIWhitespace().lowercased() {
            case "content-disposition":
                let parameters = dispositionParameters(value)
                name = parameters["name"]
                fileName = parameters["filename"]
            case "content-type": contentType = value
            default: continue
            }
        }
        guard let name, !name.isEmpty else { throw invalid("a part has no Content-Disposition form-data name") }
        return Part(name: name, fileName: fileName, contentType: contentType, bytes: bytes)
    }

    /// `form-data; name="media"; filename="a.jpg"` → ["name": "media", "filename": "a.jpg"] (quoted values may hold `;`).
    static func dispositionParameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        var characters = Substring(value)
        guard let firstSemicolon = characters.firstIndex(of: ";") else { return result }
        characters = characters[characters.index(after: firstSemicolon)...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            guard let equals = characters.firstIndex(of: "=") else { break }
            let key = String(characters[..<equals]).trimmingASCIIWhitespace().lowercased()
            characters = characters[characters.index(after: equals)...]
            var parsed = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                while let character = characters.first, character != "\"" {
                    characters = characters.dropFirst()
                    if character == "\\", let escaped = characters.first {
                        parsed.append(escaped)
                        characters = characters.dropFirst()
                    } else {
                        parsed.append(character)
                    }
                }
                characters = characters.dropFirst()
            } else {
                let end = characters.firstIndex(of: ";") ?? characters.endIndex
                parsed = String(characters[..<end]).trimmingASCIIWhitespace()
                characters = characters[end...]
            }
            result[key] = parsed
        }
        return result
    }

    /// The first index of `needle` in `haystack` at or after `start` (and, with `limit`, starting before it).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, limit: Int? = nil) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let last = min(haystack.count - needle.count, limit ?? Int.max)
        guard start <= last else { return nil }
        let head = needle[0]
        var index = start
        while index <= last {
            if haystack[index] == head {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    static func invalid(_ reason: String) -> OasisError {
        OasisError.invalid(
            code: "multipart_invalid", message: "The multipart/form-data body could not be read: \(reason).",
            details: [.init(field: "body", reason: reason)])
    }
}
