/// The fields of one record as ranges of the bytes being parsed: a field becomes a `String` only when asked
/// for, so that an import reading a few of many columns makes no string of the others. Valid only inside the
/// `CSVParser.scan` callback that hands it out (it points into the file's bytes).
struct CSVFields {
    struct Field {
        var start: Int
        var end: Int
        /// A quoted field with doubled quotes inside, which become single quotes.
        var escaped: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var fields: [Field] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        fields.reserveCapacity(64)
    }

    var count: Int { fields.count }

    /// One field, doubled quotes undone.
    func string(_ index: Int) -> String {
        let field = fields[index]
        return Self.string(bytes, field.start, field.end, escaped: field.escaped)
    }

    /// A field without surrounding ASCII whitespace (space, tab, CR, LF); nil when nothing is left.
    func trimmed(_ index: Int) -> String? {
        let field = fields[index]
        let (start, end) = trimmedRange(field)
        return start == end ? nil : Self.string(bytes, start, end, escaped: field.escaped)
    }

    /// The bytes of a trimmed field (nil when empty), read in place unless it has doubled quotes.
    func withTrimmedBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let field = fields[index]
        let (start, end) = trimmedRange(field)
        guard start < end else { return nil }
        guard field.escaped else { return body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        return Array(Self.string(bytes, start, end, escaped: true).utf8).withUnsafeBufferPointer(body)
    }

    mutating func append(_ start: Int, _ end: Int, escaped: Bool) {
        fields.append(Field(start: start, end: end, escaped: escaped))
    }

    mutating func removeAll() { fields.removeAll(keepingCapacity: true) }

    /// Whether the record is a blank line (one empty field), which the parser skips.
    var isBlank: Bool { fields.count == 1 && fields[0].start == fields[0].end }

    private func trimmedRange(_ field: Field) -> (Int, Int) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        var start = field.start
        var end = field.end
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return (start, end)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, escaped: Bool) -> String {
        guard escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(end - start)
        var index = start
        while index < end {
            unescaped.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}
