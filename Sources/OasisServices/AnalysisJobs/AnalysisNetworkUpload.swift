import Crypto
import Foundation
import OasisCore
import OasisStore

/// An OSM file being uploaded for a background analysis, written to the network folder as it arrives (a city's
/// extract can be hundreds of megabytes, so it is never held in memory): to a temporary file, hashed on the way,
/// refused with 413 beyond the size limit, then synced and renamed to its SHA-256 with the format's suffix, so that
/// the same file uploaded twice is kept once. `abandon()` removes the temporary file of an upload that failed.
public final class AnalysisNetworkUpload {
    /// The suffixes of the OSM formats the network builder reads, longest first, and of a network artefact that
    /// `oasis network build` wrote (used as it is).
    public static let suffixes = [".osm.pbf", ".osm.bz2", ".osm.gz", ".oasisnet", ".pbf", ".osm"]

    let folder: String
    let name: String
    let suffix: String
    let maxBytes: Int
    let temporary: String
    let handle: FileHandle
    var hasher = SHA256()
    public private(set) var bytes = 0

    /// Starts an upload named `name` (the uploaded file's name, which says its format).
    public init(folder: String, name: String, maxBytes: Int) throws(OasisError) {
        let lower = name.lowercased()
        guard let suffix = Self.suffixes.first(where: { lower.hasSuffix($0) }) else {
            throw OasisError(
                kind: .unsupportedMediaType, code: "analysis_network_format",
                message:
                    "The network file \"\(name)\" is not an OSM file: name it .osm.pbf, .osm, .osm.bz2 or .osm.gz (or .oasisnet for an artefact of oasis network build)."
            )
        }
        self.folder = folder
        self.name = String(name.suffix(200))
        self.suffix = suffix == ".pbf" ? ".osm.pbf" : suffix
        self.maxBytes = maxBytes
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw Self.unwritable("cannot create the network folder \(folder): \(error.localizedDescription)")
        }
        temporary = (folder as NSString).appendingPathComponent(".upload-\(UUID().uuidString.lowercased())")
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o640]),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw Self.unwritable("cannot create \(temporary)") }
        self.handle = handle
    }

    /// Appends the next piece of the file; 413 `analysis_network_too_large` beyond the limit (the caller abandons).
    public func append<Bytes: Collection<UInt8>>(_ piece: Bytes) throws(OasisError) {
        bytes += piece.count
        guard bytes <= maxBytes else { throw Self.tooLarge(maxBytes) }
        let data = Data(piece)
        hasher.update(data: data)
        do { try handle.write(contentsOf: data) } catch { throw Self.unwritable("cannot write \(temporary): \(error.localizedDescription)") }
    }

    /// Syncs and names the file by its content; returns what the job keeps of it.
    public func finish() throws(OasisError) -> AnalysisJobNetwork {
        guard bytes > 0 else {
            abandon()
            throw OasisError.invalid(code: "analysis_network_empty", message: "The network file is empty: send the OSM extract of the city.")
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            abandon()
            throw Self.unwritable("cannot sync \(temporary): \(error.localizedDescription)")
        }
        let sha256 = Hex.encode(hasher.finalize())
        let file = sha256 + suffix
        let final = (folder as NSString).appendingPathComponent(file)
        if rename(temporary, final) != 0 {
            let reason = String(cString: strerror(errno))
            abandon()
            throw Self.unwritable("cannot rename \(temporary) to \(final): \(reason)")
        }
        return AnalysisJobNetwork(file: file, name: name, bytes: bytes, sha256: sha256)
    }

    /// Removes the temporary file (an upload refused or broken off).
    public func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// 413 `analysis_network_too_large`, naming the limit.
    public static func tooLarge(_ limit: Int) -> OasisError {
        OasisError(
            kind: .tooLarge, code: "analysis_network_too_large",
            message: "The network file is larger than this server accepts (\(limit) bytes, analysisNetworkMaxBytes).")
    }

    static func unwritable(_ reason: String) -> OasisError {
        OasisError(kind: .unavailable, code: "analysis_folder_unwritable", message: "The network could not be stored: \(reason).")
    }
}
