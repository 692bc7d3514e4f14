/// A PrimitiveBlock's string table: the byte ranges of its strings, turned into `String`s on first use
/// (most blocks use only part of their table) and kept for reuse within the block.
struct PBFStringTable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var ranges: [Range<Int>] = []
    private var strings: [String?] = []

    /// StringTable: 1 repeated bytes s.
    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>?) throws(OSMError) {
        self.bytes = bytes
        guard let range else { return }
        var reader = ProtobufReader(bytes, range: range, context: "StringTable")
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            if field.number == 1 && field.wireType == .lengthDelimited {
                ranges.append(try reader.lengthDelimited())
            } else {
                try reader.skip(field.wireType)
            }
        }
        strings = Array(repeating: nil, count: ranges.count)
    }

    /// String `index`; an index outside the table is corruption.
    @inline(__always)
    mutating func string(_ index: UInt64) throws(OSMError) -> String {
        guard index < UInt64(ranges.count) else {
            throw OSMError(.corrupt, "string index \(index) is outside the block's string table of \(ranges.count) strings")
        }
        let position = Int(index)
        if let cached = strings[position] { return cached }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[position]]), as: UTF8.self)
        strings[position] = text
        return text
    }
}
