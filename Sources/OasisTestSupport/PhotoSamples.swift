/// Small image files built byte by byte for the photo tests, each with the block that records where it was taken.
/// The JPEG follows ISO/IEC 10918-1's marker syntax with an Exif APP1 segment whose TIFF structure (Exif 2.3,
/// big-endian) holds IFD0 with a GPSInfo pointer (tag 0x8825) to a GPS IFD with GPSLatitudeRef "N" and GPSLatitude
/// 43° 49′ 30″ (Ürümqi); its scan data is a few stand-in bytes — the checks read the segments, not the pixels.
public enum PhotoSamples {
    public static let soi: [UInt8] = [0xFF, 0xD8]
    public static let eoi: [UInt8] = [0xFF, 0xD9]

    /// APP0 JFIF 1.01, no thumbnail: FF E0, length 16.
    public static let jfif: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]

    /// The TIFF structure of the Exif block: header at 0, IFD0 at 8, the GPS IFD at 26, the latitude's rationals at 56.
    public static let tiff: [UInt8] =
        Array("MM".utf8) + [0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]
        // IFD0: one entry, GPSInfo (0x8825), LONG, count 1, offset 26; no next IFD.
        + [0x00, 0x01, 0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1A, 0x00, 0x00, 0x00, 0x00]
        // GPS IFD: GPSLatitudeRef (1) ASCII count 2 "N\0"; GPSLatitude (2) RATIONAL count 3 at 56; no next IFD.
        + [0x00, 0x02]
        + [0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x4E, 0x00, 0x00, 0x00]
        + [0x00, 0x02, 0x00, 0x05, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x38]
        + [0x00, 0x00, 0x00, 0x00]
        // 43/1, 49/1, 30/1.
        + [0x00, 0x00, 0x00, 0x2B, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x31, 0x00, 0x00, 0x00, 0x01]
        + [0x00, 0x00, 0x00, 0x1E, 0x00, 0x00, 0x00, 0x01]

    /// APP1 "Exif\0\0" + the TIFF structure: FF E1 and a length counting itself (2 + 6 + 80 = 88 = 0x58).
    public static let exifGPS: [UInt8] = [0xFF, 0xE1, 0x00, UInt8(2 + 6 + tiff.count)] + Array("Exif".utf8) + [0x00, 0x00] + tiff

    /// A quantisation table segment (DQT, one 8-bit table of 64 ones) and the start of scan with its stand-in data.
    public static let dqt: [UInt8] = [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
    public static let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00] + [0x12, 0x34, 0xFF, 0x00, 0x56]

    /// The JPEG with its location, and the same JPEG as it must be stored when the location is not shared.
    public static let jpegWithGPS: [UInt8] = soi + jfif + exifGPS + dqt + scan + eoi
    public static let jpegWithoutGPS: [UInt8] = soi + jfif + dqt + scan + eoi

    /// A PNG (signature, IHDR of a 1×1 greyscale image, an `eXIf` chunk holding the same TIFF structure, IEND), with
    /// the CRC-32 of each chunk computed as ISO/IEC 15948 says.
    public static let pngWithGPS: [UInt8] = PNG.signature + PNG.ihdr + PNG.chunk("eXIf", tiff) + PNG.iend
    public static let pngWithoutGPS: [UInt8] = PNG.signature + PNG.ihdr + PNG.iend

    enum PNG {
        static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        static let ihdr = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
        static let iend = chunk("IEND", [])

        static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let length = UInt32(data.count)
            let body = Array(type.utf8) + data
            return bigEndian(length) + body + bigEndian(crc32(body))
        }

        static func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

        /// CRC-32 (polynomial 0xEDB88320, reflected), bit by bit.
        static func crc32(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return crc ^ 0xFFFF_FFFF
        }
    }

    /// A WebP in the extended format: VP8X with its EXIF flag (bit 3) set, a VP8L stand-in image chunk, an EXIF
    /// chunk with the TIFF structure; and the same file stored without the location (flag cleared, RIFF size less).
    public static let webpWithGPS: [UInt8] = webp(flags: 0x08, exif: true)
    public static let webpWithoutGPS: [UInt8] = webp(flags: 0x00, exif: false)

    static func webp(flags: UInt8, exif: Bool) -> [UInt8] {
        func littleEndian(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let vp8x = Array("VP8X".utf8) + littleEndian(10) + [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let vp8l = Array("VP8L".utf8) + littleEndian(5) + [0x2F, 0x00, 0x00, 0x00, 0x00, 0x00]
        let exifChunk = exif ? Array("EXIF".utf8) + littleEndian(tiff.count) + tiff : []
        let chunks = vp8x + vp8l + exifChunk
        return Array("RIFF".utf8) + littleEndian(4 + chunks.count) + Array("WEBP".utf8) + chunks
    }

    /// A multipart/form-data body: text fields, then files as (field, file name, declared type, bytes).
    public static func multipart(
        boundary: String, fields: [(String, String)], files: [(field: String, fileName: String, contentType: String, bytes: [UInt8])]
    ) -> [UInt8] {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.fileName)\"\r\nContent-Type: \(file.contentType)\r\n\r\n"
                    .utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }
}
