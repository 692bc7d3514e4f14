import Crypto
import Foundation
import OasisCore
import OasisStore

/// Photos of cases: checked (`CasePhotoCheck`: size, type from the bytes, location removed unless shared), written
/// as files in the photo folder, recorded in the store with their SHA-256. The file is written first — to a
/// temporary name, synced, then renamed into place — and the row after it; when the row cannot be written the file
/// is removed, so that a failure leaves neither a file without its row nor a row without its file.
public struct CasePhotos: Sendable {
    public let store: Store
    /// The folder the files are kept in (created when the first photo comes).
    public let folder: String
    public let check: CasePhotoCheck

    public init(store: Store, folder: String, maxBytes: Int = CasePhotoCheck.defaultMaxBytes) {
        self.store = store
        self.folder = folder
        self.check = CasePhotoCheck(maxBytes: maxBytes)
    }

    /// Checks an uploaded file; nothing is written when it fails. `field` is the form field named by the error.
    public func checked(_ bytes: [UInt8], field: String, shareLocation: Bool) throws(OasisError) -> CasePhotoCheck.Checked {
        try check.check(bytes, field: field, shareLocation: shareLocation)
    }

    /// Adds a photo to a case within the principal's scope (staff who may read cases).
    public func add(_ bytes: [UInt8], field: String, shareLocation: Bool, to caseID: Int64, by principal: Principal) async throws -> CasePhoto {
        let access = try principal.access(for: .readCases)
        let photo = try checked(bytes, field: field, shareLocation: shareLocation)
        return try await add(photo, to: caseID, by: access)
    }

    /// Stores a checked photo of a case: `checkScope` false for the case its submitter has just registered.
    public func add(_ photo: CasePhotoCheck.Checked, to caseID: Int64, by access: StoreAccess, checkScope: Bool = true) async throws -> CasePhoto {
        let name = "case-\(caseID)-\(UUID().uuidString.lowercased()).\(photo.format.fileExtension)"
        let path = try write(photo.bytes, named: name)
        let record = CasePhoto(
            caseID: caseID, file: name, contentType: photo.format.contentType, bytes: photo.bytes.count,
            sha256: Hex.encode(SHA256.hash(data: photo.bytes)), locationShared: photo.locationShared, uploadedBy: access.username,
            uploadedAt: store.clock.now().wholeMilliseconds)
        do {
            return try await store.cases.addPhoto(record, by: access, checkScope: checkScope)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// The stored bytes of a photo (503 when its file is missing: the folder was moved or not backed up).
    public func contents(of photo: CasePhoto) throws -> [UInt8] {
        guard !photo.file.contains("/"), let data = FileManager.default.contents(atPath: path(of: photo.file)) else {
            throw OasisError(
                kind: .unavailable, code: "case_photo_missing", message: "The file of photo \(photo.id) is missing from the photo folder.")
        }
        return [UInt8](data)
    }

    func path(of name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// Writes `bytes` durably under `name`: a temporary file, synced, renamed into place, the folder synced.
    func write(_ bytes: [UInt8], named name: String) throws -> String {
        let final = path(of: name)
        let temporary = path(of: ".tmp-" + name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        } catch {
            throw Self.unwritable("cannot create the photo folder \(folder): \(error.localizedDescription)")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o640)
        guard descriptor >= 0 else { throw Self.unwritable("cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var written = 0
        let complete = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return fsync(descriptor) == 0
        }
        let closed = close(descriptor) == 0
        guard complete, closed, rename(temporary, final) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Self.unwritable("cannot write \(final): \(reason)")
        }
        let directory = open(folder, O_RDONLY)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
        return final
    }

    static func unwritable(_ reason: String) -> OasisError {
        OasisError(kind: .unavailable, code: "case_photo_unwritable", message: "The photo could not be stored: \(reason).")
    }
}
