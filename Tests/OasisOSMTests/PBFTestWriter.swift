/// Writes small OSM PBF files by hand (protobuf wire format, raw blobs) so tests can check exact
/// decoding and craft bad input.
enum PBFTestWriter {
    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var bytes: [UInt8] = []
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
        return bytes
    }

    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    static func field(_ number: Int, varint value: UInt64) -> [UInt8] {
        varint(UInt64(number << 3)) + varint(value)
    }

    static func field(_ number: Int, bytes value: [UInt8]) -> [UInt8] {
        varint(UInt64(number << 3 | 2)) + varint(UInt64(value.count)) + value
    }

    static func field(_ number: Int, string: String) -> [UInt8] {
        field(number, bytes: Array(string.utf8))
    }

    static func packed(_ values: [UInt64]) -> [UInt8] {
        values.flatMap(varint)
    }

    /// Delta-coded, zigzagged values (DenseNodes ids and positions, way refs).
    static func deltas(_ values: [Int64]) -> [UInt8] {
        var previous: Int64 = 0
        return values.flatMap { value -> [UInt8] in
            defer { previous = value }
            return varint(zigzag(value - previous))
        }
    }

    /// One blob: length prefix, BlobHeader (type, datasize), Blob with the payload stored raw.
    static func blob(type: String, payload: [UInt8]) -> [UInt8] {
        let blob = field(1, bytes: payload) + field(2, varint: UInt64(payload.count))
        let header = field(1, string: type) + field(3, varint: UInt64(blob.count))
        let length = UInt32(header.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + header + blob
    }

    static func headerBlock(required: [String] = ["OsmSchema-V0.6", "DenseNodes"]) -> [UInt8] {
        required.flatMap { field(4, string: $0) }
    }
}
