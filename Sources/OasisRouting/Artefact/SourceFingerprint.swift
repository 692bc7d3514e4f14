import Foundation

/// What an artefact was built from, so a stale one can be refused: the OSM file's size and modification
/// time (nanoseconds since 1970; cheap to take, and any edit or replacement changes it) and an FNV-1a
/// 64-bit digest of the facility-rules document's bytes (a change of rules changes the facilities).
public struct SourceFingerprint: Sendable, Hashable, CustomStringConvertible {
    public var fileSize: UInt64
    public var fileModified: Int64
    public var rulesDigest: UInt64

    public init(fileSize: UInt64, fileModified: Int64, rulesDigest: UInt64) {
        self.fileSize = fileSize
        self.fileModified = fileModified
        self.rulesDigest = rulesDigest
    }

    /// The fingerprint of an OSM file on disk and the rule document in force.
    public init(file: URL, rules: Data) throws(NetworkArtefactError) {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        } catch {
            throw NetworkArtefactError(.unreadable, "cannot read the source \(file.path): \(error.localizedDescription)")
        }
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        self.init(fileSize: size, fileModified: Int64((modified * 1e9).rounded()), rulesDigest: Self.digest(rules))
    }

    /// FNV-1a, 64 bits: not cryptographic; it only has to notice that a rule file changed.
    public static func digest(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    public var description: String {
        let modified = Date(timeIntervalSince1970: Double(fileModified) / 1e9)
        return "source of \(fileSize) bytes modified \(modified.formatted(.iso8601)), rules digest \(String(rulesDigest, radix: 16))"
    }
}
