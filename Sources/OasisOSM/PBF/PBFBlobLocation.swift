/// Where one blob of a PBF file lies: its position in the file's sequence, the byte offset of its
/// length prefix (for error messages), its declared type and the byte range of its `Blob` message.
struct PBFBlobLocation: Sendable {
    let index: Int
    let offset: Int
    let type: String
    let blobRange: Range<Int>

    /// "blob 3 at byte 1,024: " — the prefix every error about this blob carries.
    var errorPrefix: String { "blob \(index) at byte \(offset): " }
}
