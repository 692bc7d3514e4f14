import COasisBzip2
import COasisZlib
import Foundation

/// Recognises bzip2 (`.osm.bz2`, as Geofabrik and osmnx ship XML) and gzip (`.osm.gz`) by their magic bytes
/// and inflates them with the system libraries; anything else is passed through unchanged.
enum CompressedInput {
    /// The uncompressed bytes of `data`.
    static func bytes(of data: Data) throws(OSMError) -> [UInt8] {
        if data.starts(with: [0x42, 0x5A, 0x68]) { return try bunzip2(Array(data)) } // "BZh"
        if data.starts(with: [0x1F, 0x8B]) { return try gunzip(Array(data)) }
        return Array(data)
    }

    private static let chunkSize = 1 << 20

    /// Decompresses a bzip2 file, including files made of several concatenated streams (pbzip2).
    static func bunzip2(_ input: [UInt8]) throws(OSMError) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var consumed = 0
        while consumed < input.count {
            var stream = bz_stream()
            guard BZ2_bzDecompressInit(&stream, 0, 0) == BZ_OK else { throw OSMError(.unreadable, "libbz2 could not start decompressing") }
            defer { BZ2_bzDecompressEnd(&stream) }
            var status = BZ_OK
            while status == BZ_OK {
                let available = min(input.count - consumed, Int(UInt32.max))
                let produced: Int = input.withUnsafeBufferPointer { source in
                    chunk.withUnsafeMutableBufferPointer { target in
                        stream.next_in = UnsafeMutableRawPointer(mutating: source.baseAddress! + consumed).assumingMemoryBound(to: CChar.self)
                        stream.avail_in = UInt32(available)
                        stream.next_out = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                        stream.avail_out = UInt32(target.count)
                        status = BZ2_bzDecompress(&stream)
                        consumed += available - Int(stream.avail_in)
                        return target.count - Int(stream.avail_out)
                    }
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == BZ_OK && produced == 0 && consumed >= input.count {
                    throw OSMError(.truncated, "the bzip2 data ends before its end-of-stream marker (after \(output.count) bytes)")
                }
            }
            guard status == BZ_STREAM_END else {
                throw OSMError(.corrupt, "the bzip2 data is corrupt near compressed byte \(consumed) (libbz2 status \(status))")
            }
        }
        return output
    }

    /// Decompresses a gzip file (zlib with the gzip wrapper; concatenated members are read in turn).
    static func gunzip(_ input: [UInt8]) throws(OSMError) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var consumed = 0
        while consumed < input.count {
            var stream = z_stream()
            guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw OSMError(.unreadable, "zlib could not start inflating")
            }
            defer { inflateEnd(&stream) }
            var status = Z_OK
            while status == Z_OK {
                let available = min(input.count - consumed, Int(UInt32.max))
                let produced: Int = input.withUnsafeBufferPointer { source in
                    chunk.withUnsafeMutableBufferPointer { target in
                        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + consumed)
                        stream.avail_in = uInt(available)
                        stream.next_out = target.baseAddress
                        stream.avail_out = uInt(target.count)
                        status = inflate(&stream, Z_NO_FLUSH)
                        consumed += available - Int(stream.avail_in)
                        return target.count - Int(stream.avail_out)
                    }
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_BUF_ERROR || (status == Z_OK && produced == 0 && consumed >= input.count) {
                    throw OSMError(.truncated, "the gzip data ends before its end (after \(output.count) bytes)")
                }
            }
            guard status == Z_STREAM_END else {
                throw OSMError(.corrupt, "the gzip data is corrupt near compressed byte \(consumed) (zlib status \(status))")
            }
        }
        return output
    }
}
