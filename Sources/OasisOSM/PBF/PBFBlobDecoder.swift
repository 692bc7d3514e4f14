import COasisZlib

/// Turns a `Blob` message into the bytes it carries: stored raw or zlib-compressed (inflated with the
/// system zlib). lzma, lz4, zstd and the obsolete bzip2 encodings are refused as unsupported.
enum PBFBlobDecoder {
    /// Blob: 1 raw, 2 raw_size, 3 zlib_data, 4 lzma_data, 5 OBSOLETE_bzip2_data, 6 lz4_data, 7 zstd_data.
    static func payload(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(OSMError) -> [UInt8] {
        var reader = ProtobufReader(bytes, range: range, context: "Blob")
        var raw: Range<Int>?
        var zlib: Range<Int>?
        var rawSize: Int?
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited): raw = try reader.lengthDelimited()
            case (2, .varint):
                let size = try reader.varint()
                guard size <= UInt64(PBFLimits.maximumBlobSize) else {
                    throw OSMError(.corrupt, "the Blob's raw_size \(size) exceeds the format's limit of \(PBFLimits.maximumBlobSize) bytes")
                }
                rawSize = Int(size)
            case (3, .lengthDelimited): zlib = try reader.lengthDelimited()
            case (4, _): throw OSMError(.unsupported, "the Blob is lzma-compressed; only raw and zlib blobs are supported")
            case (5, _): throw OSMError(.unsupported, "the Blob uses the obsolete bzip2 encoding; only raw and zlib blobs are supported")
            case (6, _): throw OSMError(.unsupported, "the Blob is lz4-compressed; only raw and zlib blobs are supported")
            case (7, _): throw OSMError(.unsupported, "the Blob is zstd-compressed; only raw and zlib blobs are supported")
            default: try reader.skip(field.wireType)
            }
        }
        if let raw { return Array(bytes[raw]) }
        guard let zlib else { throw OSMError(.corrupt, "the Blob carries no data (neither raw nor zlib_data)") }
        guard let rawSize else { throw OSMError(.corrupt, "the zlib-compressed Blob has no raw_size") }
        return try inflate(UnsafeBufferPointer(rebasing: bytes[zlib]), expectedSize: rawSize)
    }

    private static func inflate(_ compressed: UnsafeBufferPointer<UInt8>, expectedSize: Int) throws(OSMError) -> [UInt8] {
        var status: Int32 = Z_OK
        var produced = 0
        let output = [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, initialized in
            // zlib writes at most `length` bytes; one spare byte detects data longer than declared.
            var length = uLongf(expectedSize)
            if expectedSize == 0 {
                var spare: UInt8 = 0
                length = 1
                status = uncompress(&spare, &length, compressed.baseAddress, uLong(compressed.count))
                produced = Int(length)
            } else {
                status = uncompress(buffer.baseAddress, &length, compressed.baseAddress, uLong(compressed.count))
                produced = Int(length)
            }
            initialized = status == Z_OK ? min(produced, expectedSize) : 0
        }
        switch status {
        case Z_OK:
            guard produced == expectedSize else {
                throw OSMError(.corrupt, "the zlib data inflates to \(produced) bytes, not the declared raw_size \(expectedSize)")
            }
            return output
        case Z_BUF_ERROR:
            throw OSMError(.corrupt, "the zlib data is incomplete or inflates to more than the declared raw_size \(expectedSize)")
        case Z_DATA_ERROR:
            throw OSMError(.corrupt, "the zlib data is corrupt")
        case Z_MEM_ERROR:
            throw OSMError(.corrupt, "zlib ran out of memory inflating \(expectedSize) bytes")
        default:
            throw OSMError(.corrupt, "zlib failed with status \(status)")
        }
    }
}
