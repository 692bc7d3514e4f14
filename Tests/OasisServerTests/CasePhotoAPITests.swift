import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Photos on hotline cases through every surface: Open311's multipart extension, the staff API and page, the public
/// form; served only to those who may see the case; refused uploads leave no file and no row.
@Suite("Case photos: Open311 multipart, staff uploads, who may see them, refusals that write nothing")
struct CasePhotoAPITests {
    static let boundary = "oasis-photo-boundary-7f3a"
    /// SHA-256 of `PhotoSamples.jpegWithoutGPS`, computed apart (Python's hashlib over the same 106 bytes).
    static let strippedSHA256 = "eae57aa15cba4462750dfea8a6baf9746e3007b7295b999c6d6f5d6dbc4846ae"

    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("oasis-photos-\(UUID().uuidString)").path
    }

    /// Posts an Open311 request as multipart/form-data with `media` declared as something it may not be.
    static func open311(
        _ app: Harness, key: String, code: String, requestType: String, media: [UInt8]?, extra: [(String, String)] = []
    ) async throws -> TestResponse {
        let fields = [
            ("api_key", key), ("service_code", code), ("attribute[request_type]", requestType), ("lat", "43.825613"), ("long", "87.616847"),
            ("description", "PHOTO-TEST 井盖缺失"),
        ]
        let body = PhotoSamples.multipart(
            boundary: boundary, fields: fields + extra,
            files: media.map { [(field: "media", fileName: "IMG_0001.jpg", contentType: "application/octet-stream", bytes: $0)] } ?? [])
        return try await app.client.execute(
            uri: "/open311/v2/requests.json", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(bytes: body))
    }

    static func id(_ response: TestResponse) throws -> Int64 {
        let list = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
        let text = try #require(list.first?["service_request_id"] as? String)
        return try #require(Int64(text))
    }

    /// Puts a case with a unit, as a dispatch would.
    static func dispatch(_ app: Harness, _ id: Int64, to unit: String) async throws {
        _ = try await app.store.cases.update(id, by: .system) { before in
            var after = before
            after.workflow.status = .dispatched
            after.workflow.unit = unit
            return CaseRepository.Change(after: after, event: "dispatch", detail: "to \(unit)")
        }
    }

    static func files(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test(
        "a complaint's photo through Open311: location stripped, served to its unit and the administrator, refused to another unit and to anyone else",
        arguments: TestStoreKind.available)
    func open311Photo(kind: TestStoreKind) async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Harness.run(kind, configure: { $0.casePhotoFolder = folder }) { app in
            let key = try await Open311APITests.citizenKey(app)
            // RT03, a complaint: hidden from the public whatever its category.
            let posted = try await Self.open311(app, key: key, code: "C0101", requestType: "RT03", media: PhotoSamples.jpegWithGPS)
            #expect(posted.status == .ok, "\(posted.text)")
            let id = try Self.id(posted)
            try await Self.dispatch(app, id, to: "UNIT-OWN")
            let photos = try await app.store.cases.photos(of: id)
            #expect(photos.count == 1)
            let photo = try #require(photos.first)
            #expect(photo.contentType == "image/jpeg" && photo.bytes == PhotoSamples.jpegWithoutGPS.count && !photo.locationShared)
            #expect(photo.sha256 == Self.strippedSHA256 && photo.uploadedBy == "app")
            #expect(Self.files(folder) == [photo.file], "one file, no temporary left")
            let path = CasePhoto.path(caseID: id, photoID: photo.id)

            let own = try await HotlineDeskTests.token(app, "photo-own", .unitHandler, units: ["UNIT-OWN"])
            let other = try await HotlineDeskTests.token(app, "photo-other", .unitHandler, units: ["UNIT-OTHER"])
            let served = try await app.request(.get, path, token: own)
            #expect(served.status == .ok)
            #expect(served.headers[.contentType] == "image/jpeg")
            #expect(served.headers[.cacheControl] == "private")
            #expect(Array(served.body.readableBytesView) == PhotoSamples.jpegWithoutGPS, "the stored file has no Exif GPS block")
            #expect(try await app.request(.get, path, token: app.adminToken).status == .ok)
            for (who, token) in [("another unit", other as String?), ("anyone", nil)] {
                let refused = try await app.request(.get, path, token: token)
                #expect(refused.status == .notFound, "\(who)")
                #expect(!refused.text.contains("JFIF"))
            }
            #expect(try await app.request(.get, CasePhoto.path(caseID: id, photoID: photo.id + 1), token: own).status == .notFound)

            // Staff see the photo as the request's media_url; the public does not see the hidden case at all.
            let full = try await app.request(.get, "/open311/v2/requests/\(id).json", token: own)
            let item = try #require((try JSONSerialization.jsonObject(with: Data(full.body.readableBytesView)) as? [[String: Any]])?.first)
            #expect((item["media_url"] as? String)?.hasSuffix(path) == true)
            #expect(try await app.request(.get, "/open311/v2/requests/\(id).json").status == .notFound)

            let audited = try await app.store.audit.recent(limit: 20, for: .system).first { $0.action == "case.photo_added" }
            #expect(audited?.entityID == String(id) && audited?.actorName == "app")
            let history = try await app.store.cases.events(of: id, for: .system).map(\.event)
            #expect(history == ["register", "photo_added", "dispatch"])
        }
    }

    @Test("a public case's photo is public and its media_url listed; with share_location the Exif block is kept", arguments: TestStoreKind.available)
    func publicPhoto(kind: TestStoreKind) async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Harness.run(kind, configure: { $0.casePhotoFolder = folder }) { app in
            let key = try await Open311APITests.citizenKey(app)
            let posted = try await Self.open311(
                app, key: key, code: "C0101", requestType: "RT01", media: PhotoSamples.jpegWithGPS, extra: [("share_location", "true")])
            #expect(posted.status == .ok, "\(posted.text)")
            let id = try Self.id(posted)
            let photo = try #require(try await app.store.cases.photos(of: id).first)
            #expect(photo.locationShared)
            let served = try await app.request(.get, CasePhoto.path(caseID: id, photoID: photo.id))
            #expect(served.status == .ok)
            #expect(Array(served.body.readableBytesView) == PhotoSamples.jpegWithGPS)
            let list = try #require(
                try JSONSerialization.jsonObject(with: Data(try await app.request(.get, "/open311/v2/requests.json").body.readableBytesView))
                    as? [[String: Any]])
            let shown = try #require(list.first { $0["service_request_id"] as? String == String(id) })
            #expect((shown["media_url"] as? String)?.hasSuffix(CasePhoto.path(caseID: id, photoID: photo.id)) == true)
            // Without a photo, a multipart request is a plain one.
            let plain = try await Self.open311(app, key: key, code: "C0101", requestType: "RT01", media: nil)
            #expect(plain.status == .ok)
            #expect(try await app.store.cases.photos(of: try Self.id(plain)).isEmpty)
        }
    }

    @Test(
        "refused, naming media, with nothing written (no case, no row, no file): not an image (415), over the limit (413), a truncated body (400)",
        arguments: TestStoreKind.available)
    func refusals(kind: TestStoreKind) async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let limit = PhotoSamples.jpegWithGPS.count - 1
        try await Harness.run(
            kind,
            configure: {
                $0.casePhotoFolder = folder
                $0.casePhotoMaxBytes = limit
            }
        ) { app in
            let key = try await Open311APITests.citizenKey(app)
            let before = try await app.store.cases.list(CaseQuery(limit: 1000), for: .system).total
            let notImage = try await Self.open311(app, key: key, code: "C0101", requestType: "RT01", media: Array("%PDF-1.7 report".utf8))
            #expect(notImage.status == .unsupportedMediaType)
            #expect(notImage.text.contains("media"), "\(notImage.text)")
            let tooLarge = try await Self.open311(app, key: key, code: "C0101", requestType: "RT01", media: PhotoSamples.jpegWithGPS)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.text.contains("media"), "\(tooLarge.text)")
            let truncated = try await app.client.execute(
                uri: "/open311/v2/requests.json", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)"],
                body: ByteBuffer(bytes: Array(PhotoSamples.multipart(boundary: Self.boundary, fields: [("api_key", key)], files: []).dropLast(6))))
            #expect(truncated.status == .badRequest)
            let missingBoundary = try await app.client.execute(
                uri: "/open311/v2/requests.json", method: .post, headers: [.contentType: "multipart/form-data"],
                body: ByteBuffer(string: "api_key=\(key)"))
            #expect(missingBoundary.status == .badRequest)
            #expect(try await app.store.cases.list(CaseQuery(limit: 1000), for: .system).total == before)
            let rows = try await app.store.database.query("SELECT count(*) AS n FROM case_photos", [])
            #expect(try rows.first?.int("n") == 0)
            #expect(Self.files(folder).isEmpty)
        }
    }

    @Test("staff add a photo through the API within their scope only; the case page shows it", arguments: TestStoreKind.available)
    func staffUpload(kind: TestStoreKind) async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Harness.run(kind, configure: { $0.casePhotoFolder = folder }) { app in
            let key = try await Open311APITests.citizenKey(app)
            let id = try Self.id(try await Self.open311(app, key: key, code: "C0101", requestType: "RT03", media: nil))
            try await Self.dispatch(app, id, to: "UNIT-OWN")
            let own = try await HotlineDeskTests.token(app, "photo-own", .unitHandler, units: ["UNIT-OWN"])
            let other = try await HotlineDeskTests.token(app, "photo-other", .unitHandler, units: ["UNIT-OTHER"])
            func upload(_ token: String, _ bytes: [UInt8]) async throws -> TestResponse {
                try await app.client.execute(
                    uri: "/api/v1/cases/\(id)/photos", method: .post,
                    headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)", .authorization: "Bearer \(token)"],
                    body: ByteBuffer(
                        bytes: PhotoSamples.multipart(
                            boundary: Self.boundary, fields: [], files: [(field: "media", fileName: "a.png", contentType: "image/jpeg", bytes: bytes)]
                        )))
            }
            #expect(try await upload(other, PhotoSamples.pngWithGPS).status == .notFound)
            #expect(Self.files(folder).isEmpty, "a refused upload leaves no file")
            let added = try await upload(own, PhotoSamples.pngWithGPS)
            #expect(added.status == .created, "\(added.text)")
            #expect(try added.json()["contentType"] as? String == "image/png", "the type comes from the bytes")
            let photo = try #require(try await app.store.cases.photos(of: id).first)
            let served = try await app.request(.get, CasePhoto.path(caseID: id, photoID: photo.id), token: own)
            #expect(Array(served.body.readableBytesView) == PhotoSamples.pngWithoutGPS)
            let page = try await app.request(.get, "/hotline/cases/\(id)", token: own, headers: [.accept: "text/html"])
            #expect(page.text.contains("src=\"\(CasePhoto.path(caseID: id, photoID: photo.id))\""))
            #expect(page.text.contains("enctype=\"multipart/form-data\""))

            // On the case page, signed in: a file that is not an image comes back beside the field (415), a PNG is added.
            let session = try await app.browserSession()
            func pageUpload(_ bytes: [UInt8]) async throws -> TestResponse {
                try await app.client.execute(
                    uri: "/hotline/cases/\(id)/photos?lang=en", method: .post,
                    headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)", .cookie: session.cookies, .accept: "text/html"],
                    body: ByteBuffer(
                        bytes: PhotoSamples.multipart(
                            boundary: Self.boundary, fields: [("csrf", session.csrf)],
                            files: [(field: "media", fileName: "b.webp", contentType: "image/webp", bytes: bytes)])))
            }
            let refused = try await pageUpload(Array("GIF89a not accepted".utf8))
            #expect(refused.status == .unsupportedMediaType)
            #expect(refused.text.contains("The file is not a JPEG, PNG or WebP image."))
            let viaPage = try await pageUpload(PhotoSamples.webpWithGPS)
            #expect(viaPage.status == .found)
            let kept = try await app.store.cases.photos(of: id)
            #expect(kept.map(\.contentType) == ["image/png", "image/webp"] && kept.last?.uploadedBy == "admin")
        }
    }

    @Test("the public form takes a photo with the report; not an image comes back beside the field with nothing registered")
    func publicForm() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Harness.run(configure: { $0.casePhotoFolder = folder }) { app in
            func submit(_ media: [UInt8]) async throws -> TestResponse {
                let page = try await app.request(.get, "/hotline/new?lang=en", headers: [.accept: "text/html"])
                #expect(page.text.contains("enctype=\"multipart/form-data\"") && page.text.contains("name=\"share_location\""))
                let csrf = try #require(page.cookie("oasis_csrf"))
                let fields = [
                    ("csrf", csrf), ("category", "C0101"), ("requestType", "RT01"), ("description", "FORM-PHOTO 井盖缺失"), ("latitude", "43.80011"),
                    ("longitude", "87.61122"), ("region", "650102"),
                ]
                return try await app.client.execute(
                    uri: "/hotline/new?lang=en", method: .post,
                    headers: [
                        .contentType: "multipart/form-data; boundary=\(Self.boundary)", .cookie: "oasis_csrf=\(csrf); oasis_lang=en",
                        .accept: "text/html",
                    ],
                    body: ByteBuffer(
                        bytes: PhotoSamples.multipart(
                            boundary: Self.boundary, fields: fields,
                            files: [(field: "media", fileName: "x.jpg", contentType: "image/jpeg", bytes: media)])))
            }
            let refused = try await submit(Array("not a photo".utf8))
            #expect(refused.text.contains("The photo must be a JPEG, PNG or WebP image within the size limit."))
            #expect(
                try await app.store.cases.list(CaseQuery(limit: 10), for: .system).items.filter { $0.description.hasPrefix("FORM-PHOTO") }.isEmpty)
            #expect(Self.files(folder).isEmpty)
            let accepted = try await submit(PhotoSamples.jpegWithGPS)
            #expect(accepted.status == .found, "\(accepted.text)")
            let item = try #require(
                try await app.store.cases.list(CaseQuery(limit: 10), for: .system).items.first { $0.description.hasPrefix("FORM-PHOTO") })
            let photo = try #require(try await app.store.cases.photos(of: item.id).first)
            #expect(photo.uploadedBy == "web-form" && photo.sha256 == Self.strippedSHA256)
        }
    }
}
