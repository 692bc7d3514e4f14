import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Running Foundation's `XMLParser` over one part, and small helpers shared by the part handlers.
enum XLSXXML {
    /// Parses `data` with `handler`, turning a handler's failure or malformed XML into an ``XLSXError``
    /// that names the part (and the sheet, when given).
    static func parse(_ data: Data, part: String, sheet: String?, handler: some XLSXXMLHandler) throws(XLSXError) {
        // Foundation's parser reports success on fewer than four bytes, having parsed nothing.
        guard data.count >= 4 else {
            throw XLSXError(reason: "malformed XML in part \(part): the part is empty", sheet: sheet)
        }
        if declaresDocumentType(data) {
            throw XLSXError(reason: "the part \(part) declares a DTD, which .xlsx files never do; refused", sheet: sheet)
        }
        // Fed from a stream, libxml2 gets the part in 128 KiB chunks: handed a whole part over 10 MB at once,
        // its push parser stops with “huge input lookup”.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let succeeded = parser.parse()
        parser.delegate = nil
        if let failure = handler.failure { throw failure }
        // Foundation runs libxml2 in recovery mode, so a malformed part can still “succeed”:
        // any error other than a warning counts.
        let code = parser.parserError.map { ($0 as NSError).code }
        if !succeeded || code.map({ !warningCodes.contains($0) }) == true {
            let problem = code.flatMap { problems[$0] } ?? "XML parser error \(code ?? 0)"
            throw XLSXError(
                reason: "malformed XML in part \(part) at line \(parser.lineNumber), column \(parser.columnNumber): \(problem)",
                sheet: sheet)
        }
    }

    /// libxml2's warning codes (`XML_WAR_*`), which do not make a part malformed.
    private static let warningCodes: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107]

    /// Words for the libxml2 error codes that damaged or hand-made files most often produce.
    private static let problems: [Int: String] = [
        1: "the part is too large or too deeply nested to parse",
        4: "the part is empty",
        5: "the document does not end properly: an element is left open, or content follows its end",
        9: "it contains a character that XML does not allow",
        23: "an entity reference (“&…”) is missing its “;”",
        26: "it uses an undeclared entity",
        38: "an attribute value contains “<”",
        39: "an attribute value is not in quotes",
        40: "an attribute value is not closed",
        41: "an attribute has no value",
        65: "a space is missing, as between two attributes",
        68: "a name is missing",
        73: "a tag is not closed with “>”",
        76: "an opening and a closing tag do not match",
        77: "the part ends before its elements are closed",
        85: "the part ends before its elements are closed",
        201: "it uses an undeclared namespace prefix",
    ]

    /// An element's name without its namespace prefix: “x:row” → “row”.
    static func localName(_ qualifiedName: String) -> String {
        guard let colon = qualifiedName.utf8.lastIndex(of: UInt8(ascii: ":")) else { return qualifiedName }
        return String(qualifiedName[qualifiedName.index(after: colon)...])
    }

    /// The value of the attribute with this local name, with or without a namespace prefix (“id” finds “r:id”).
    static func attribute(_ attributes: [String: String], _ localName: String) -> String? {
        if let value = attributes[localName] { return value }
        let suffix = ":" + localName
        return attributes.first { $0.key.hasSuffix(suffix) }?.value
    }

    /// Decodes OOXML's `_xHHHH_` escapes, which stand for characters XML cannot carry (“_x000D_” is a carriage return).
    static func decodeEscapes(_ text: String) -> String {
        guard mayContainEscapes(text) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "_"), index + 6 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_"),
                let value = hexValue(bytes[(index + 2)..<(index + 6)]), let scalar = Unicode.Scalar(value)
            {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the text holds “_x” somewhere: a quick check over the bytes before any decoding.
    private static func mayContainEscapes(_ text: String) -> Bool {
        guard text.utf8.count >= 7 else { return false }
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x") { return true }
                index += 1
            }
            return false
        }
    }

    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// Whether the part starts with a `<!DOCTYPE`, after any byte-order mark, XML declaration, processing
    /// instructions and comments. Refusing a DTD rules out entity-expansion and external-entity attacks.
    static func declaresDocumentType(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            func starts(with literal: StaticString) -> Bool {
                let count = literal.utf8CodeUnitCount
                guard index + count <= bytes.count else { return false }
                let pointer = literal.utf8Start
                for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
                return true
            }
            func skip(past terminator: StaticString) {
                while index < bytes.count, !starts(with: terminator) { index += 1 }
                index += terminator.utf8CodeUnitCount
            }
            if starts(with: "\u{FEFF}") { index += 3 }
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D:
                    index += 1
                default:
                    if starts(with: "<?") {
                        skip(past: "?>")
                    } else if starts(with: "<!--") {
                        skip(past: "-->")
                    } else {
                        return starts(with: "<!DOCTYPE") || starts(with: "<!doctype")
                    }
                }
            }
            return false
        }
    }
}
