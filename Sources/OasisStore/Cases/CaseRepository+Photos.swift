import Foundation
import OasisCore

/// Photos of cases (`case_photos`): the metadata of files kept in the photo folder. A photo is written with the
/// case's attachment naming it and its audit event (`case.photo_added`) in one transaction.
extension CaseRepository {
    /// Records a photo of a case the access may see (or, with `checkScope` false, of a case the caller has just
    /// registered: the submitter's own, whatever their scope) and names it among the case's attachments. Returns the
    /// photo with its id; a case that does not exist (or is out of scope) answers 404 and nothing is written.
    public func addPhoto(_ photo: CasePhoto, by access: StoreAccess, checkScope: Bool = true) async throws -> CasePhoto {
        let audit = self.audit
        let scope = checkScope ? CaseScope(access: access) : CaseScope(access: .system)
        return try await database.transaction { tx in
            guard
                let item = try await tx.first("SELECT * FROM cases WHERE id = ? AND \(scope.sql)", [.int(photo.caseID)] + scope.binds).map(
                    CaseRows.item(from:))
            else {
                throw OasisError.notFound("Case", String(photo.caseID))
            }
            let rows = try await tx.query(
                """
                INSERT INTO case_photos (case_id, file, content_type, bytes, sha256, location_shared, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .int(photo.caseID), .text(photo.file), .text(photo.contentType), .int(Int64(photo.bytes)), .text(photo.sha256),
                    .int(photo.locationShared ? 1 : 0), .text(photo.uploadedBy), SQLValue(photo.uploadedAt),
                ])
            var saved = photo
            saved.id = try rows.first?.int("id") ?? 0
            let attachment = CaseAttachment(
                fileName: "photo-\(saved.id).\(PhotoFormat(contentType: photo.contentType)?.fileExtension ?? "bin")",
                contentType: photo.contentType, bytes: photo.bytes, url: CasePhoto.path(caseID: photo.caseID, photoID: saved.id), photo: saved.id)
            try await tx.execute(
                "UPDATE cases SET attachments = ? WHERE id = ?", [.text(JSONColumn.text(item.attachments + [attachment])), .int(photo.caseID)])
            try await tx.execute(
                "INSERT INTO case_events (case_id, event, detail, status, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .int(photo.caseID), .text("photo_added"), .text("photo \(saved.id) (\(photo.contentType), \(photo.bytes) bytes)"),
                    .text(item.status.rawValue), .text(access.username), SQLValue(photo.uploadedAt),
                ])
            try await audit.append(
                AuditChange(
                    action: "case.photo_added", entityType: "case", entityID: String(photo.caseID), regionCode: item.region, before: nil as String?,
                    after: saved),
                by: access, on: tx)
            return saved
        }
    }

    /// The photos of a case, oldest first (the caller has checked that the case may be seen).
    public func photos(of caseID: Int64) async throws -> [CasePhoto] {
        try await database.query("SELECT * FROM case_photos WHERE case_id = ? ORDER BY id", [.int(caseID)]).map(Self.photo(from:))
    }

    /// One photo of a case, or nil.
    public func photo(_ id: Int64, of caseID: Int64) async throws -> CasePhoto? {
        try await database.first("SELECT * FROM case_photos WHERE id = ? AND case_id = ?", [.int(id), .int(caseID)]).map(Self.photo(from:))
    }

    static func photo(from row: SQLRow) throws -> CasePhoto {
        CasePhoto(
            id: try row.int("id"), caseID: try row.int("case_id"), file: try row.string("file"), contentType: try row.string("content_type"),
            bytes: Int(try row.int("bytes")), sha256: try row.string("sha256"), locationShared: try row.bool("location_shared"),
            uploadedBy: try row.string("uploaded_by"), uploadedAt: try row.date("uploaded_at"))
    }
}
