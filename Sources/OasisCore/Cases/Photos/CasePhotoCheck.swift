/// The check every case photo passes before anything is written, whichever way it came (Open311, the public form,
/// the staff page, the API): within the size limit (413 `case_photo_too_large`), an image by its own bytes —
/// JPEG, PNG or WebP whatever the declared type said — with a sound structure (415 `case_photo_not_image`), and
/// its location blocks removed unless the reporter chose to share them (`PhotoLocationStripper`). Both errors name
/// the form's field.
public struct CasePhotoCheck: Sendable {
    /// The largest photo accepted, in bytes.
    public var maxBytes: Int

    public static let defaultMaxBytes = 10 * 1024 * 1024

    public init(maxBytes: Int = Self.defaultMaxBytes) { self.maxBytes = maxBytes }

    /// A photo that passed: the bytes to store, their format and whether its location was kept.
    public struct Checked: Sendable, Equatable {
        public var bytes: [UInt8]
        public var format: PhotoFormat
        public var locationShared: Bool
    }

    public func check(_ bytes: [UInt8], field: String, shareLocation: Bool) throws(OasisError) -> Checked {
        guard bytes.count <= maxBytes else {
            throw OasisError(
                kind: .tooLarge, code: "case_photo_too_large", message: "The photo is larger than \(maxBytes) bytes.",
                details: [.init(field: field, reason: "\(bytes.count) bytes; at most \(maxBytes) are accepted")])
        }
        guard let format = PhotoFormat.sniff(bytes) else {
            throw Self.notImage(field, bytes.isEmpty ? "the file is empty" : "the file is not a JPEG, PNG or WebP image")
        }
        guard let stored = PhotoLocationStripper.stored(bytes, format: format, keepLocation: shareLocation) else {
            throw Self.notImage(field, "the \(format.rawValue.uppercased()) file is truncated or malformed")
        }
        return Checked(bytes: stored, format: format, locationShared: shareLocation)
    }

    static func notImage(_ field: String, _ reason: String) -> OasisError {
        OasisError(
            kind: .unsupportedMediaType, code: "case_photo_not_image", message: "The photo is not an image Oasis accepts (JPEG, PNG or WebP).",
            details: [.init(field: field, reason: reason)])
    }
}
