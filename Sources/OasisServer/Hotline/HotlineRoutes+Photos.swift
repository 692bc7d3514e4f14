import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// Photos of cases: served to those allowed to see the case (staff within scope; anyone when the case is public by
/// the taxonomy's visibility settings), added by staff through the API or the case's page, and by citizens with
/// their report (Open311 multipart `media`, the public form). Every upload is checked (`CasePhotoCheck`) before
/// anything is written.
extension HotlineRoutes {
    /// The form field a photo comes in, on every surface (FixMyStreet's name for Open311's multipart extension).
    static let photoField = "media"
    /// The form field by which the reporter chooses to keep the photo's location.
    static let shareLocationField = "share_location"

    /// GET a photo: 404 unless the case may be seen by the caller (a hidden or redacted case's photo is not
    /// public), `Cache-Control: private`.
    func photo(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let id = try RequestParameters.id(context)
        let photoID = context.parameters.get("photo").flatMap(Int64.init)
        guard let photoID, try await photoVisible(caseID: id, context), let photo = try await store.cases.photo(photoID, of: id) else {
            throw OasisError.notFound("Photo", "\(context.parameters.get("photo") ?? "") of case \(id)")
        }
        let bytes = try photos.contents(of: photo)
        return Response(
            status: .ok,
            headers: [
                .contentType: photo.contentType, .cacheControl: "private", .init("X-Content-Type-Options")!: "nosniff",
                .contentDisposition: "inline; filename=\"photo-\(photo.id).\(PhotoFormat(contentType: photo.contentType)?.fileExtension ?? "bin")\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Whether the caller may see the case's photos: staff who may read it within their scope, or anyone when the
    /// public sees the case in full (`CaseVisibility.public`).
    func photoVisible(caseID: Int64, _ context: OasisRequestContext) async throws -> Bool {
        if let staff = Self.staffAccess(context), try await store.cases.get(caseID, for: staff) != nil { return true }
        guard let item = try await store.cases.get(caseID, for: .system) else { return false }
        return cases.box.current.publication.visibility(of: item) == .public
    }

    /// POST a photo to a case in the caller's scope: multipart/form-data with the file as `media` and optionally
    /// `share_location=true`. Answers 201 with the photo's metadata.
    func addPhoto(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let id = try RequestParameters.id(context)
        let form = try await Self.multipart(request, context)
        let photo = try await photos.add(
            try Self.photoPart(form).bytes, field: Self.photoField, shareLocation: Self.sharesLocation(form), to: id, by: context.principal)
        return try JSONResponse.encode(photo, status: .created)
    }

    /// The case page's photo form: the same upload, back to the page (a refusal shown above its form).
    func photoForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await Self.multipart(request, context)
        try pages.checkCSRF(form.part("csrf")?.text, context)
        let id = try RequestParameters.id(context)
        do {
            _ = try await photos.add(
                try Self.photoPart(form).bytes, field: Self.photoField, shareLocation: Self.sharesLocation(form), to: id, by: context.principal)
        } catch {
            let mapped = OasisError.from(error)
            guard Self.photoRefusals[mapped.code] != nil else { throw error }
            return try await pages.page(context) { context in try await detail(context, photoProblem: mapped) }
        }
        return Response.redirect(to: "/hotline/cases/\(id)", type: .found)
    }

    /// The refusals of an upload a form shows beside the photo field, by error code, with their message key.
    static let photoRefusals: [String: MessageKey] = [
        "case_photo_too_large": "hotline_error_photo_size", "case_photo_not_image": "hotline_error_photo_type",
        "case_photo_missing": "hotline_error_photo_missing", "multipart_invalid": "hotline_error_photo_type",
    ]

    /// The page's status for a refused upload.
    static func photoStatus(_ error: OasisError) -> HTTPResponse.Status {
        switch error.kind {
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        default: .badRequest
        }
    }

    /// The photos of a case for its page: each served by its route.
    func photoItems(of caseID: Int64, _ context: OasisRequestContext) async throws -> [[String: Any]] {
        try await store.cases.photos(of: caseID).map { photo in
            [
                "url": CasePhoto.path(caseID: caseID, photoID: photo.id), "at": NumberFormat.chinaTime(photo.uploadedAt), "by": photo.uploadedBy,
                "alt": t("hotline_photo_alt", context, String(photo.id)),
                "located": photo.locationShared ? t("hotline_photo_location_kept", context) : false,
            ]
        }
    }

    /// A multipart/form-data body (415 for another type; 400 `multipart_invalid` when it cannot be read).
    static func multipart(_ request: Request, _ context: OasisRequestContext) async throws -> MultipartForm {
        let contentType = RequestContentType(request)
        try contentType.require(
            contentType.mediaType == "multipart/form-data",
            "Send the photo as multipart/form-data with the file as `media`; got \(contentType.named).")
        let body = try await JSONResponse.collect(request, context: context)
        return try MultipartForm.parse(Array(buffer: body), contentType: request.headers[.contentType] ?? "")
    }

    /// The file part of a form (400 naming the field when there is none).
    static func photoPart(_ form: MultipartForm) throws(OasisError) -> MultipartForm.Part {
        guard let part = form.part(photoField), !part.bytes.isEmpty else {
            throw OasisError.invalid(
                code: "case_photo_missing", message: "Send the photo as the form's `media` file.",
                details: [.init(field: photoField, reason: "no file was sent")])
        }
        return part
    }

    /// A photo sent with a report, if there is one (an empty file input sends an empty part: no photo).
    static func optionalPhoto(_ form: MultipartForm?) -> MultipartForm.Part? {
        guard let part = form?.part(photoField), !part.bytes.isEmpty || !(part.fileName ?? "").isEmpty else { return nil }
        return part
    }

    /// Whether the reporter chose to keep the photo's location (`share_location` true, 1, yes or on).
    static func sharesLocation(_ form: MultipartForm?) -> Bool {
        ["true", "1", "yes", "on"].contains(form?.part(shareLocationField)?.text.trimmingASCIIWhitespace().lowercased() ?? "")
    }
}
