import Foundation

/// A worksheet or the shared-string table read straight from its bytes into an ``XLSXPartReader``, without Foundation's
/// `XMLParser`, whose delegate calls and per-element attribute dictionaries were most of a large workbook's import time.
///
/// It reads the XML that spreadsheet programs write: elements and attributes (with or without a namespace prefix),
/// text, the five predefined entities and character references, comments and processing instructions, in UTF-8. It
/// checks what makes XML well formed on the way: one root element, every tag closed by its own name, attribute values
/// quoted and without `<`, no attribute twice, only characters XML allows. On anything else (a CDATA section, a DTD,
/// another encoding, a malformed tag) it gives up and returns false: the caller then reads the part with `XMLParser`,
/// whose error names the line and column.
enum XLSXSheetScanner {
    /// Reads a part with `reader`: by the scanner, or, when the scanner hands it back (and for every malformed part, so
    /// that its error names the line and column), by `XMLParser`. Throws the reader's failure or the parser's.
    static func read<Reader: XLSXPartReader>(_ xml: Data, part: String, sheet: String?, with reader: Reader) throws(XLSXError) -> Reader {
        var scanned = reader
        if xml.count >= 4, !XLSXXML.declaresDocumentType(xml), scan(xml, into: &scanned) {
            if let failure = scanned.failure { throw failure }
            return scanned
        }
        let handler = XLSXPartHandler(reader)
        try XLSXXML.parse(xml, part: part, sheet: sheet, handler: handler)
        return handler.reader
    }

    /// Feeds `data` to `reader`; false when the part needs `XMLParser` (the reader is then left part-way).
    static func scan<Reader: XLSXPartReader>(_ data: Data, into reader: inout Reader) -> Bool {
        data.withUnsafeBytes { raw in
            var cursor = Cursor(bytes: raw.bindMemory(to: UInt8.self))
            return cursor.run(&reader)
        }
    }

    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// The open elements' qualified names, innermost last.
        var open: [Range<Int>] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        static let less = UInt8(ascii: "<")
        static let greater = UInt8(ascii: ">")
        static let slash = UInt8(ascii: "/")
        static let ampersand = UInt8(ascii: "&")

        mutating func run<Reader: XLSXPartReader>(_ reader: inout Reader) -> Bool {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
            var sawRoot = false
            while index < bytes.count {
                guard bytes[index] == Self.less else {
                    let start = index
                    while index < bytes.count, bytes[index] != Self.less { index += 1 }
                    if open.isEmpty {
                        // Outside the root only white space may stand.
                        guard bytes[start..<index].allSatisfy(Self.isSpace) else { return false }
                    } else if reader.wantsText {
                        guard let text = text(start..<index) else { return false }
                        reader.characters(text)
                    } else if !Self.plain(bytes[start..<index]) {
                        // Text the reader ignores is still checked, entities and all.
                        guard text(start..<index) != nil else { return false }
                    }
                    continue
                }
                guard index + 1 < bytes.count else { return false }
                switch bytes[index + 1] {
                case UInt8(ascii: "?"):
                    guard let end = find("?>", from: index + 2), declarationIsUTF8(index..<end) else { return false }
                    index = end + 2
                case UInt8(ascii: "!"):
                    // A comment; a CDATA section or a DTD goes to XMLParser.
                    guard starts(with: "<!--", at: index), let end = find("-->", from: index + 4) else { return false }
                    index = end + 3
                case Self.slash:
                    index += 2
                    let name = scanName()
                    skipSpace()
                    guard !name.isEmpty, index < bytes.count, bytes[index] == Self.greater, let top = open.popLast(), same(top, name)
                    else { return false }
                    index += 1
                    if !reader.end(string(name)) { return true }
                default:
                    guard !(sawRoot && open.isEmpty) else { return false }
                    index += 1
                    let name = scanName()
                    guard !name.isEmpty, let (attributes, selfClosing) = scanAttributes() else { return false }
                    sawRoot = true
                    let qualified = string(name)
                    if !reader.start(qualified, attributes) { return true }
                    if selfClosing {
                        if !reader.end(qualified) { return true }
                    } else {
                        open.append(name)
                    }
                }
            }
            return sawRoot && open.isEmpty
        }

        /// A name's bytes: up to white space, `/`, `>` or `=`.
        mutating func scanName() -> Range<Int> {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isSpace(byte) || byte == Self.slash || byte == Self.greater || byte == UInt8(ascii: "=") || byte == Self.less {
                    break
                }
                index += 1
            }
            return start..<index
        }

        /// A start tag's attributes after its name, through its `>`; nil when malformed.
        mutating func scanAttributes() -> (attributes: XLSXAttributes, selfClosing: Bool)? {
            var attributes = XLSXAttributes()
            while true {
                let spaced = skipSpace()
                guard index < bytes.count else { return nil }
                switch bytes[index] {
                case Self.greater:
                    index += 1
                    return (attributes, false)
                case Self.slash:
                    guard index + 1 < bytes.count, bytes[index + 1] == Self.greater else { return nil }
                    index += 2
                    return (attributes, true)
                default:
                    guard spaced else { return nil }
                    let name = scanName()
                    skipSpace()
                    guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
                    index += 1
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
                    let quote = bytes[index]
                    index += 1
                    let start = index
                    while index < bytes.count, bytes[index] != quote {
                        if bytes[index] == Self.less { return nil }
                        index += 1
                    }
                    guard index < bytes.count, let value = text(start..<index, attribute: true) else { return nil }
                    index += 1
                    guard attributes.add(string(name), value) else { return nil }
                }
            }
        }

        /// Skips white space; whether there was any.
        @discardableResult
        mutating func skipSpace() -> Bool {
            let start = index
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            return index > start
        }

        /// Text or an attribute value with its entities and character references replaced and its line ends
        /// normalised (in an attribute value, white space becomes a space); nil for a character XML does not allow, an
        /// unknown entity or bytes that are not UTF-8.
        func text(_ range: Range<Int>, attribute: Bool = false) -> String? {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            // One pass to tell text as it stands (the common case, and mostly ASCII, which needs no validation) from text
            // with references, line ends to normalise or characters to refuse.
            var ascii = true
            var special = false
            for byte in slice {
                if byte >= 0x80 {
                    ascii = false
                } else if byte == Self.ampersand || (byte < 0x20 && (attribute || (byte != 0x09 && byte != 0x0A))) {
                    special = true
                    break
                }
            }
            if !special { return ascii ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(range.count)
            var position = range.lowerBound
            while position < range.upperBound {
                let byte = bytes[position]
                switch byte {
                case Self.ampersand:
                    guard let end = bytes[position..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
                        let scalar = Self.entity(bytes[(position + 1)..<end])
                    else { return nil }
                    output.append(contentsOf: String(Character(scalar)).utf8)
                    position = end + 1
                    continue
                case 0x0D:
                    // CR LF and a lone CR are one line end.
                    output.append(attribute ? 0x20 : 0x0A)
                    if position + 1 < range.upperBound, bytes[position + 1] == 0x0A { position += 1 }
                case 0x09, 0x0A:
                    output.append(attribute ? 0x20 : byte)
                case ..<0x20:
                    return nil
                default:
                    output.append(byte)
                }
                position += 1
            }
            return String(validating: output, as: UTF8.self)
        }

        /// The character an entity or character reference (without `&` and `;`) stands for.
        static func entity(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
            switch String(decoding: name, as: UTF8.self) {
            case "amp": return "&"
            case "lt": return "<"
            case "gt": return ">"
            case "quot": return "\""
            case "apos": return "'"
            case let reference where reference.hasPrefix("#x"):
                return UInt32(reference.dropFirst(2), radix: 16).flatMap(Self.allowed)
            case let reference where reference.hasPrefix("#"):
                return UInt32(reference.dropFirst(), radix: 10).flatMap(Self.allowed)
            default: return nil
            }
        }

        /// A referenced character, if XML 1.0 allows it.
        static func allowed(_ value: UInt32) -> Unicode.Scalar? {
            guard value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF) else { return nil }
            return Unicode.Scalar(value)
        }

        /// Bytes with no reference, no CR and no control character: text as it stands.
        static func plain(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            !slice.contains { $0 == ampersand || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) }
        }

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

        /// Whether two ranges of the part hold the same bytes (an end tag's name and its start tag's).
        func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count else { return false }
            for offset in 0..<a.count where bytes[a.lowerBound + offset] != bytes[b.lowerBound + offset] { return false }
            return true
        }

        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        func starts(with literal: String, at position: Int) -> Bool {
            let utf8 = literal.utf8
            guard position + utf8.count <= bytes.count else { return false }
            return bytes[position..<(position + utf8.count)].elementsEqual(utf8)
        }

        func find(_ literal: String, from position: Int) -> Int? {
            var candidate = position
            while candidate < bytes.count {
                if starts(with: literal, at: candidate) { return candidate }
                candidate += 1
            }
            return nil
        }

        /// Whether a processing instruction is other than an XML declaration naming an encoding besides UTF-8.
        func declarationIsUTF8(_ range: Range<Int>) -> Bool {
            guard starts(with: "<?xml", at: range.lowerBound) else { return true }
            let text = string(range).lowercased()
            guard let found = text.range(of: "encoding") else { return true }
            let rest = text[found.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            return rest.hasPrefix("utf-8") || rest.hasPrefix("utf8")
        }
    }
}
