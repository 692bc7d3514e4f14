/// The image formats a case photo may be, known by their first bytes (the declared Content-Type is not trusted):
/// JPEG (`FF D8 FF`, ISO/IEC 10918-1), PNG (the eight-byte signature of ISO/IEC 15948) and WebP (a RIFF file
/// whose form type is `WEBP`).
public enum PhotoFormat: String, Sendable, CaseIterable, Codable {
    case jpeg
    case png
    case webp

    public var contentType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        }
    }

    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }

    public init?(contentType: String) {
        guard let format = Self.allCases.first(where: { $0.contentType == contentType }) else { return nil }
        self = format
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The format the bytes begin with, or nil when they are none of these.
    public static func sniff(_ bytes: [UInt8]) -> PhotoFormat? {
        if bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF { return .jpeg }
        if bytes.count >= 8, Array(bytes[0..<8]) == pngSignature { return .png }
        if bytes.count >= 12, Array(bytes[0..<4]) == Array("RIFF".utf8), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }
}
