/// Walks an image's structure and, unless its reporter chose to share where it was taken, removes the blocks that
/// may carry a location: in JPEG the APP1 segments (Exif with its GPS IFD, and XMP) and APP13 (Photoshop/IPTC); in
/// PNG the `eXIf` chunk and XMP text; in WebP the `EXIF` and `XMP ` chunks (with the VP8X flags and the RIFF size
/// corrected). The pixels are copied unchanged. A file whose structure breaks off (a segment longer than what is
/// left, no end chunk) is not an image: the walk returns nil.
public enum PhotoLocationStripper {
    /// The bytes to store: unchanged when `keepLocation` (once the structure is found sound), else stripped.
    public static func stored(_ bytes: [UInt8], format: PhotoFormat, keepLocation: Bool) -> [UInt8]? {
        switch format {
        case .jpeg: jpeg(bytes, keepLocation: keepLocation)
        case .png: png(bytes, keepLocation: keepLocation)
        case .webp: webp(bytes, keepLocation: keepLocation)
        }
    }

    /// JPEG: SOI, then marker segments (`FF xx` and a big-endian length that counts itself) up to the start of scan,
    /// after which the entropy-coded data and everything else are copied as they are.
    static func jpeg(_ bytes: [UInt8], keepLocation: Bool) -> [UInt8]? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var position = 2
        while position < bytes.count {
            guard bytes[position] == 0xFF else { return nil }
            // Fill bytes (`FF FF …`) may precede a marker.
            var markerAt = position + 1
            while markerAt < bytes.count, bytes[markerAt] == 0xFF { markerAt += 1 }
            guard markerAt < bytes.count else { return nil }
            let marker = bytes[markerAt]
            // Markers without a length: TEM and RSTn; EOI ends the image.
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                output += [0xFF, marker]
                position = markerAt + 1
                continue
            }
            if marker == 0xD9 {
                output += bytes[position...]
                return output
            }
            guard markerAt + 2 < bytes.count else { return nil }
            let length = Int(bytes[markerAt + 1]) << 8 | Int(bytes[markerAt + 2])
            let end = markerAt + 1 + length
            guard length >= 2, end <= bytes.count else { return nil }
            let locating = marker == 0xE1 || marker == 0xED
            if keepLocation || !locating { output += [0xFF, marker] + bytes[(markerAt + 1)..<end] }
            position = end
            // Start of scan: the rest is image data.
            if marker == 0xDA {
                output += bytes[position...]
                return output
            }
        }
        return nil
    }

    /// PNG: the signature, then chunks (big-endian length, type, data, CRC) up to `IEND`.
    static func png(_ bytes: [UInt8], keepLocation: Bool) -> [UInt8]? {
        guard bytes.count >= 8, Array(bytes[0..<8]) == PhotoFormat.pngSignature else { return nil }
        var output = Array(bytes[0..<8])
        var position = 8
        while position + 12 <= bytes.count {
            let length = bytes[position..<(position + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            let end = position + 12 + length
            guard end <= bytes.count else { return nil }
            let data = bytes[(position + 8)..<(position + 8 + length)]
            let locating = type == "eXIf" || (type == "iTXt" && data.starts(with: Array("XML:com.adobe.xmp".utf8)))
            if keepLocation || !locating { output += bytes[position..<end] }
            position = end
            if type == "IEND" { return output }
        }
        return nil
    }

    /// WebP: `RIFF`, the little-endian size of what follows, `WEBP`, then chunks (FourCC, little-endian size, data
    /// padded to an even length).
    static func webp(_ bytes: [UInt8], keepLocation: Bool) -> [UInt8]? {
        guard bytes.count >= 12 else { return nil }
        let declared = littleEndian(bytes, at: 4)
        guard declared + 8 <= bytes.count, declared >= 4 else { return nil }
        var chunks: [UInt8] = []
        var position = 12
        var sawImage = false
        while position + 8 <= declared + 8 {
            let fourCC = String(decoding: bytes[position..<(position + 4)], as: UTF8.self)
            let size = littleEndian(bytes, at: position + 4)
            let end = position + 8 + size + size % 2
            guard end <= declared + 8 else { return nil }
            if ["VP8 ", "VP8L", "VP8X", "ANIM"].contains(fourCC) { sawImage = true }
            let locating = fourCC == "EXIF" || fourCC == "XMP "
            if keepLocation || !locating {
                var chunk = Array(bytes[position..<end])
                // VP8X flags: bit 3 says EXIF follows, bit 2 XMP.
                if fourCC == "VP8X", !keepLocation, chunk.count > 8 { chunk[8] &= ~UInt8(0x0C) }
                chunks += chunk
            }
            position = end
        }
        guard sawImage, position == declared + 8 else { return nil }
        let size = UInt32(chunks.count + 4)
        return Array("RIFF".utf8) + (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) } + Array("WEBP".utf8) + chunks
    }

    static func littleEndian(_ bytes: [UInt8], at index: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[index + $1]) << (8 * $1) }
    }
}
