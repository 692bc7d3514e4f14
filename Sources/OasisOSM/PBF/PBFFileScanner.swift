/// Splits a PBF file into its blobs: a 4-byte big-endian BlobHeader length, the BlobHeader (type and
/// data size), then the Blob. Checks every length against the file and the format's limits, so a
/// truncated or foreign file is refused here with the blob index and byte offset at fault.
enum PBFFileScanner {
    static func blobs(in bytes: UnsafeBufferPointer<UInt8>) throws(OSMError) -> [PBFBlobLocation] {
        guard !bytes.isEmpty else { throw OSMError(.notOSM, "the file is empty: not an OSM PBF file") }
        var blobs: [PBFBlobLocation] = []
        var offset = 0
        while offset < bytes.count {
            let index = blobs.count
            let prefix = "blob \(index) at byte \(offset): "
            // The first blob decides whether this is a PBF file at all; later damage is corruption.
            let damaged: OSMError.Kind = index == 0 ? .notOSM : .corrupt
            let notPBF = index == 0 ? " (not an OSM PBF file?)" : ""
            let remaining = bytes.count - offset
            guard remaining >= 4 else {
                throw OSMError(index == 0 ? .notOSM : .truncated, prefix + "the file ends inside a BlobHeader length (\(remaining) bytes left)")
            }
            let headerLength = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard headerLength > 0, headerLength <= PBFLimits.maximumBlobHeaderSize else {
                throw OSMError(damaged, prefix + "a BlobHeader of \(headerLength) bytes is outside 1…\(PBFLimits.maximumBlobHeaderSize)" + notPBF)
            }
            let headerStart = offset + 4
            guard bytes.count - headerStart >= headerLength else {
                throw OSMError(
                    index == 0 ? .notOSM : .truncated,
                    prefix + "the file ends inside a BlobHeader of \(headerLength) bytes" + notPBF)
            }
            let header: (type: String, dataSize: Int)
            do {
                header = try blobHeader(bytes, headerStart..<headerStart + headerLength)
            } catch {
                throw OSMError(index == 0 ? .notOSM : error.kind, prefix + error.message + notPBF)
            }
            if index == 0 && header.type != "OSMHeader" {
                throw OSMError(.notOSM, prefix + "the first blob has type \"\(header.type)\", not \"OSMHeader\": not an OSM PBF file")
            }
            guard header.type == "OSMHeader" || header.type == "OSMData" else {
                throw OSMError(.unsupported, prefix + "blob type \"\(header.type)\" is not OSMHeader or OSMData")
            }
            guard header.dataSize <= PBFLimits.maximumBlobSize else {
                throw OSMError(.corrupt, prefix + "a Blob of \(header.dataSize) bytes exceeds the format's limit of \(PBFLimits.maximumBlobSize)")
            }
            let blobStart = headerStart + headerLength
            guard bytes.count - blobStart >= header.dataSize else {
                throw OSMError(.truncated, prefix + "the file ends \(bytes.count - blobStart) bytes into a Blob of \(header.dataSize) bytes")
            }
            blobs.append(PBFBlobLocation(index: index, offset: offset, type: header.type, blobRange: blobStart..<blobStart + header.dataSize))
            offset = blobStart + header.dataSize
        }
        return blobs
    }

    /// BlobHeader: 1 type (string), 2 indexdata (skipped), 3 datasize (int32).
    private static func blobHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(OSMError) -> (type: String, dataSize: Int) {
        var reader = ProtobufReader(bytes, range: range, context: "BlobHeader")
        var type: String?
        var dataSize: Int?
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited):
                let text = try reader.lengthDelimited()
                type = String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self)
            case (3, .varint):
                let size = try reader.varint()
                guard size <= UInt64(Int32.max) else { throw OSMError(.corrupt, "the BlobHeader's datasize \(size) is not an int32") }
                dataSize = Int(size)
            default:
                try reader.skip(field.wireType)
            }
        }
        guard let type else { throw OSMError(.corrupt, "the BlobHeader has no type") }
        guard let dataSize else { throw OSMError(.corrupt, "the BlobHeader has no datasize") }
        return (type, dataSize)
    }
}
