import OasisCore
import OasisTestSupport
import Testing

@Suite("Case photos: the type from the bytes, the size limit, and the location removed unless shared")
struct CasePhotoCheckTests {
    @Test("JPEG, PNG and WebP are known by their magic numbers; text, a GIF or nothing is none")
    func sniffing() {
        #expect(PhotoFormat.sniff(PhotoSamples.jpegWithGPS) == .jpeg)
        #expect(PhotoFormat.sniff(PhotoSamples.pngWithGPS) == .png)
        #expect(PhotoFormat.sniff(PhotoSamples.webpWithGPS) == .webp)
        #expect(PhotoFormat.sniff(Array("GIF89a".utf8) + [0, 0, 0, 0, 0, 0]) == nil)
        #expect(PhotoFormat.sniff(Array("<html>".utf8)) == nil)
        #expect(PhotoFormat.sniff([]) == nil)
        #expect(PhotoFormat.sniff(Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8)) == nil)
    }

    @Test("a JPEG's Exif APP1 segment (with its GPS IFD) is dropped, the other segments and the scan kept byte for byte")
    func jpegLocationStripped() throws {
        let stored = try CasePhotoCheck().check(PhotoSamples.jpegWithGPS, field: "media", shareLocation: false)
        #expect(stored.format == .jpeg)
        #expect(stored.bytes == PhotoSamples.jpegWithoutGPS)
        // No Exif header, no GPSInfo tag (0x8825), no "N" latitude reference with its rationals anywhere in the file.
        #expect(!Self.contains(stored.bytes, Array("Exif".utf8)))
        #expect(!Self.contains(stored.bytes, [0x88, 0x25]))
        #expect(!Self.contains(stored.bytes, [0x00, 0x00, 0x00, 0x2B, 0x00, 0x00, 0x00, 0x01]))
        #expect(stored.locationShared == false)
    }

    @Test("when the reporter shares the location the file is kept as it came")
    func jpegLocationKept() throws {
        let stored = try CasePhotoCheck().check(PhotoSamples.jpegWithGPS, field: "media", shareLocation: true)
        #expect(stored.bytes == PhotoSamples.jpegWithGPS)
        #expect(Self.contains(stored.bytes, [0x88, 0x25]))
        #expect(stored.locationShared)
    }

    @Test("PNG: the eXIf chunk is dropped; WebP: the EXIF chunk is dropped, the VP8X flag cleared and the RIFF size corrected")
    func otherFormats() throws {
        let check = CasePhotoCheck()
        #expect(try check.check(PhotoSamples.pngWithGPS, field: "media", shareLocation: false).bytes == PhotoSamples.pngWithoutGPS)
        #expect(try check.check(PhotoSamples.pngWithGPS, field: "media", shareLocation: true).bytes == PhotoSamples.pngWithGPS)
        #expect(try check.check(PhotoSamples.webpWithGPS, field: "media", shareLocation: false).bytes == PhotoSamples.webpWithoutGPS)
        #expect(try check.check(PhotoSamples.webpWithGPS, field: "media", shareLocation: true).bytes == PhotoSamples.webpWithGPS)
    }

    @Test("refused, naming the field: not an image (415), a truncated JPEG or PNG (415), over the limit (413)")
    func refusals() {
        func refusal(_ bytes: [UInt8], limit: Int = CasePhotoCheck.defaultMaxBytes) -> (OasisError.Kind, String, String?)? {
            do {
                _ = try CasePhotoCheck(maxBytes: limit).check(bytes, field: "media", shareLocation: false)
                return nil
            } catch {
                return (error.kind, error.code, error.details.first?.field)
            }
        }
        let notImage = refusal(Array("%PDF-1.7 not a photo".utf8))
        #expect(notImage?.0 == .unsupportedMediaType && notImage?.1 == "case_photo_not_image" && notImage?.2 == "media")
        #expect(refusal([])?.1 == "case_photo_not_image")
        // The Exif segment says 88 bytes; only 20 of them are there.
        #expect(refusal(Array(PhotoSamples.jpegWithGPS.prefix(26)))?.1 == "case_photo_not_image")
        // No IEND chunk.
        #expect(refusal(Array(PhotoSamples.pngWithoutGPS.dropLast(12)))?.1 == "case_photo_not_image")
        let size = PhotoSamples.jpegWithGPS.count
        #expect(refusal(PhotoSamples.jpegWithGPS, limit: size) == nil)
        let tooLarge = refusal(PhotoSamples.jpegWithGPS, limit: size - 1)
        #expect(tooLarge?.0 == .tooLarge && tooLarge?.1 == "case_photo_too_large" && tooLarge?.2 == "media")
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
