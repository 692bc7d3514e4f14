/// Photos of cases: the files live in the photo folder (`casePhotoFolder`), the store keeps what is known of each —
/// its case, file name, checked content type, size, SHA-256, whether its location was kept at the reporter's choice,
/// the uploader and the time. The case's `attachments` also name each photo, so that Open311 `media_url` needs no
/// extra query.
enum Migration019CasePhotos {
    static let migration = Migration(version: 19, description: "case photos: metadata of the files in the photo folder") { dialect in
        [
            """
            CREATE TABLE case_photos (
                id \(dialect.identityPrimaryKey),
                case_id BIGINT NOT NULL,
                file TEXT NOT NULL,
                content_type TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                sha256 TEXT NOT NULL,
                location_shared INTEGER NOT NULL,
                uploaded_by TEXT NOT NULL,
                uploaded_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX case_photos_case ON case_photos(case_id, id)",
        ]
    }
}
