/// A small pull scanner for the XML that OSM files use: elements with attributes, text (skipped),
/// comments, processing instructions, CDATA and a DOCTYPE (skipped). It checks well-formedness as it
/// goes (every element closed by its own name, one root, attributes quoted, no `<` in attribute values,
/// known entities only) and every error names the line. Written by hand because it only needs element
/// events and is several times faster than Foundation's XMLParser on large files.
struct XMLScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// How many bytes have been scanned.
    var offset: Int { position }

    /// The line (1-based) at `position`.
    private(set) var line = 1
    /// Names and opening lines of the elements opened and not yet closed.
    private var open: [(name: String, line: Int)] = []
    private var sawRoot = false
    /// The line on which the last returned event began.
    private(set) var eventLine = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte-order mark is allowed before the declaration.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    }

    /// The next element event, or nil at the end of a complete document.
    mutating func next() throws(OSMError) -> XMLEvent? {
        while true {
            // Text up to the next markup (ignored, but it must not hold anything after the root is closed).
            while position < bytes.count && bytes[position] != UInt8(ascii: "<") {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\n") { line += 1 }
                if open.isEmpty && !Self.isSpace(byte) {
                    throw error(sawRoot ? "text after the root element" : "text before the root element")
                }
                position += 1
            }
            guard position < bytes.count else {
                if let innermost = open.last {
                    throw error("the document ends inside <\(innermost.name)> opened on line \(innermost.line)")
                }
                guard sawRoot else { throw error("the document has no root element") }
                return nil
            }
            eventLine = line
            if try skipMarkupThatIsNotAnElement() { continue }
            if peek(1) == UInt8(ascii: "/") { return try endTag() }
            return try startTag()
        }
    }

    // MARK: - Comments, declarations, CDATA

    /// Skips `<?…?>`, `<!--…-->`, `<![CDATA[…]]>` and `<!DOCTYPE …>` at `position`; false if it is an element tag.
    private mutating func skipMarkupThatIsNotAnElement() throws(OSMError) -> Bool {
        if starts(with: "<?") {
            try skip(past: "?>", what: "processing instruction")
        } else if starts(with: "<!--") {
            try skip(past: "-->", what: "comment")
        } else if starts(with: "<![CDATA[") {
            guard !open.isEmpty else { throw error("CDATA outside the root element") }
            try skip(past: "]]>", what: "CDATA section")
        } else if starts(with: "<!") {
            guard !sawRoot else { throw error("a declaration after the root element has started") }
            var depth = 0
            position += 2
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\n") { line += 1 }
                position += 1
                if byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "]") { depth -= 1 }
                if byte == UInt8(ascii: ">") && depth <= 0 { return true }
            }
            throw error("an unterminated <! declaration")
        } else {
            return false
        }
        return true
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(OSMError) {
        let startLine = line
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        throw OSMError(.malformedXML, "line \(startLine): an unterminated \(what)")
    }

    // MARK: - Tags

    private mutating func startTag() throws(OSMError) -> XMLEvent {
        position += 1
        let name = try self.name(what: "element name")
        if open.isEmpty {
            guard !sawRoot else { throw error("a second root element <\(name)>") }
            sawRoot = true
        }
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw error("the document ends inside the tag <\(name)") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                open.append((name, eventLine))
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            if starts(with: "/>") {
                position += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            guard hadSpace else { throw error("expected a space, > or /> in the tag <\(name)") }
            let attributeName = try self.name(what: "attribute name in <\(name)>")
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw error("attribute \(attributeName) in <\(name)> has no = and value")
            }
            position += 1
            skipSpace()
            let value = try attributeValue(of: attributeName, in: name)
            if attributes.contains(where: { $0.name == attributeName }) {
                throw error("attribute \(attributeName) appears twice in <\(name)>")
            }
            attributes.append(XMLAttribute(name: attributeName, value: value))
        }
    }

    private mutating func endTag() throws(OSMError) -> XMLEvent {
        position += 2
        let name = try self.name(what: "closing element name")
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error("expected > to end </\(name)")
        }
        position += 1
        guard let innermost = open.popLast() else { throw error("</\(name)> closes nothing") }
        guard innermost.name == name else {
            throw error("</\(name)> closes <\(innermost.name)> opened on line \(innermost.line)")
        }
        return .end(name: name)
    }

    private mutating func name(what: String) throws(OSMError) -> String {
        let start = position
        while position < bytes.count && Self.isNameByte(bytes[position], first: position == start) { position += 1 }
        guard position > start else { throw error("expected an \(what)") }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func attributeValue(of attribute: String, in element: String) throws(OSMError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw error("the value of \(attribute) in <\(element)> is not quoted")
        }
        let quote = bytes[position]
        position += 1
        let start = position
        var hasReference = false
        while position < bytes.count && bytes[position] != quote {
            switch bytes[position] {
            case UInt8(ascii: "<"): throw error("< inside the value of \(attribute) in <\(element)>")
            case UInt8(ascii: "&"): hasReference = true
            case UInt8(ascii: "\n"): line += 1
            default: break
            }
            position += 1
        }
        guard position < bytes.count else { throw error("the value of \(attribute) in <\(element)> is not closed") }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        guard hasReference else { return String(decoding: raw, as: UTF8.self) }
        do {
            return try XMLEntities.decode(raw)
        } catch {
            throw self.error("in the value of \(attribute) in <\(element)>: \(error.message)")
        }
    }

    // MARK: - Bytes

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count && Self.isSpace(bytes[position]) {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
        return position > start
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        let pattern = text.utf8Start
        for index in 0..<count where bytes[position + index] != pattern[index] { return false }
        return true
    }

    private func error(_ message: String) -> OSMError {
        OSMError(.malformedXML, "line \(line): \(message)")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...0xFF:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return !first
        default:
            return false
        }
    }
}
