/// Reads the protocol-buffer wire format (varints, length-delimited fields, fixed32/64) from a byte range,
/// checking every read against the range's end. Written by hand because the PBF decoder only needs
/// these few primitives and, on its hot path, no allocations; errors are `OSMError.corrupt`/`.truncated`
/// with a message saying which message was being read (the caller adds the blob and byte offset).
struct ProtobufReader {
    /// The protobuf wire types this reader understands (groups, types 3 and 4, are refused).
    enum WireType: Int {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    let end: Int
    /// The message being read, for error messages ("PrimitiveBlock", "DenseNodes" …).
    let context: StaticString

    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, context: StaticString) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
        self.context = context
    }

    var isAtEnd: Bool { position >= end }

    @inline(__always)
    mutating func varint() throws(OSMError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < end {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift >= 70 { throw OSMError(.corrupt, "a varint in \(context) is longer than 10 bytes") }
        }
        throw OSMError(.truncated, "\(context) ends inside a varint")
    }

    /// A zigzag-encoded signed varint (`sint32`/`sint64`).
    @inline(__always)
    mutating func signedVarint() throws(OSMError) -> Int64 {
        Self.zigzag(try varint())
    }

    /// Undoes zigzag encoding: 0, 1, 2, 3 … → 0, -1, 1, -2 ….
    @inline(__always)
    static func zigzag(_ raw: UInt64) -> Int64 {
        Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// The next field's number and wire type.
    mutating func fieldKey() throws(OSMError) -> (number: Int, wireType: WireType) {
        let key = try varint()
        guard let wireType = WireType(rawValue: Int(key & 7)) else {
            throw OSMError(.corrupt, "\(context) has a field of unsupported wire type \(key & 7)")
        }
        let number = key >> 3
        guard number > 0, number <= 0x1FFF_FFFF else { throw OSMError(.corrupt, "\(context) has field number \(number)") }
        return (Int(number), wireType)
    }

    /// The byte range of a length-delimited field's payload, checked to lie inside this reader's range.
    mutating func lengthDelimited() throws(OSMError) -> Range<Int> {
        let length = try varint()
        guard length <= UInt64(end - position) else {
            throw OSMError(.truncated, "\(context) declares a field of \(length) bytes but only \(end - position) remain")
        }
        let start = position
        position += Int(length)
        return start..<position
    }

    /// Skips a field of the given wire type.
    mutating func skip(_ wireType: WireType) throws(OSMError) {
        switch wireType {
        case .varint: _ = try varint()
        case .lengthDelimited: _ = try lengthDelimited()
        case .fixed64: try advance(8)
        case .fixed32: try advance(4)
        }
    }

    /// A reader over a sub-range (the payload of a length-delimited field).
    func reader(for range: Range<Int>, context: StaticString) -> ProtobufReader {
        ProtobufReader(bytes, range: range, context: context)
    }

    private mutating func advance(_ count: Int) throws(OSMError) {
        guard end - position >= count else { throw OSMError(.truncated, "\(context) ends inside a fixed-width field") }
        position += count
    }
}

extension ProtobufReader {
    /// Calls `body` with each value of a repeated varint field, whether it was written packed (one
    /// length-delimited run) or as a single unpacked value.
    @inline(__always)
    mutating func forEachVarint(_ wireType: WireType, _ body: (UInt64) throws(OSMError) -> Void) throws(OSMError) {
        switch wireType {
        case .varint:
            try body(try varint())
        case .lengthDelimited:
            var packed = reader(for: try lengthDelimited(), context: context)
            while !packed.isAtEnd { try body(try packed.varint()) }
        default:
            throw OSMError(.corrupt, "\(context) has a repeated integer field with wire type \(wireType.rawValue)")
        }
    }
}
