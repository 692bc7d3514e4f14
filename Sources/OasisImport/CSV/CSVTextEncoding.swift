import Foundation
import OasisCore

/// The character encodings a CSV file may come in: UTF-8 (with or without a byte-order mark, Excel's
/// "CSV UTF-8") or GB18030, which is what Excel writes as plain "CSV" on a Chinese Windows (its code page 936,
/// GBK, is a subset of GB18030). A file that is valid UTF-8 is read as UTF-8; any other is decoded as GB18030;
/// a file that is neither is refused, naming the line of the first byte that fits neither.
///
/// GB18030 is decoded by Foundation's converter (CoreFoundation's `kCFStringEncodingGB_18030_2000`, backed by
/// ICU on Linux), which agrees with glibc's `iconv -f GB18030` on every character both map (checked by a test
/// against a file `iconv` wrote), so Oasis carries no mapping table of its own and never runs a program.
public enum CSVTextEncoding: String, Sendable, Codable, Equatable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"

    /// Foundation's encoding for GB18030 (CoreFoundation's 0x0632 as an `NSStringEncoding`).
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The file's text as UTF-8 bytes and the encoding it was found in. UTF-8 input is returned as it is
    /// (byte-order mark included); GB18030 input is converted, its own byte-order mark (U+FEFF) dropped.
    public static func utf8Bytes(_ bytes: [UInt8]) throws(OasisError) -> (bytes: [UInt8], encoding: CSVTextEncoding) {
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, .utf8) }
        guard var text = String(bytes: bytes, encoding: foundationGB18030) else {
            throw unknownEncoding(bytes)
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return (Array(text.utf8), .gb18030)
    }

    /// The refusal of a file that is neither UTF-8 nor GB18030: the first line that does not decode as GB18030
    /// (GB18030 never uses a line feed inside a character, so lines decode on their own), and in it the first
    /// byte that begins no well-formed GB18030 character.
    static func unknownEncoding(_ bytes: [UInt8]) -> OasisError {
        var line = 1
        var lineStart = 0
        var reason = "the line is neither UTF-8 nor GB18030 text"
        for end in bytes.indices where bytes[end] == UInt8(ascii: "\n") || end == bytes.count - 1 {
            let lineBytes = Array(bytes[lineStart...end])
            if String(validating: lineBytes, as: UTF8.self) == nil, String(bytes: lineBytes, encoding: foundationGB18030) == nil {
                if let offset = firstBadGB18030Byte(lineBytes) {
                    let byte = String(lineBytes[offset], radix: 16, uppercase: true)
                    reason = "byte 0x\(byte.count == 1 ? "0" + byte : byte) (byte \(offset + 1) of the line) begins no UTF-8 or GB18030 character"
                }
                break
            }
            line += 1
            lineStart = end + 1
        }
        return OasisError.invalid(
            code: "csv_encoding_unknown",
            message: "The CSV file is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel as “CSV UTF-8” or as “CSV”.",
            details: [.init(line: line, reason: reason)])
    }

    /// The offset of the first byte that begins no well-formed GB18030 character. The forms: one byte 00–7F (and 80,
    /// the euro sign of code page 936); two bytes 81–FE then 40–7E or 80–FE; four bytes 81–FE, 30–39, 81–FE, 30–39
    /// up to 84 31 A4 39 (U+FFFF) or from 90 30 81 30 to E3 32 9A 35 (U+10000 … U+10FFFF).
    static func firstBadGB18030Byte(_ bytes: [UInt8]) -> Int? {
        var index = 0
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        while index < bytes.count {
            let lead = bytes[index]
            if lead <= 0x80 {
                index += 1
                continue
            }
            guard lead != 0xFF, let second = byte(1) else { return index }
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                index += 2
                continue
            }
            guard (0x30...0x39).contains(second), let third = byte(2), (0x81...0xFE).contains(third), let fourth = byte(3),
                (0x30...0x39).contains(fourth)
            else { return index }
            let code = (UInt32(lead) << 24) | (UInt32(second) << 16) | (UInt32(third) << 8) | UInt32(fourth)
            guard code <= 0x8431_A439 || (0x9030_8130...0xE332_9A35).contains(code) else { return index }
            index += 4
        }
        return nil
    }
}
