import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import OasisCore
import OasisServices

/// JSON responses with sorted keys and ISO-8601 dates, and JSON request bodies with clear errors.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Inputs are bounded (docs/api.md, numeric domains), but a sum of figures stored before the bounds
        // existed can still overflow: such a figure is written as a string rather than failing the response.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }()

    static func encode(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(
            status: status,
            headers: [.contentType: contentType],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// Decodes a JSON body; refuses other content types (415), oversized bodies (413) and bad JSON (400,
    /// naming the field).
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: OasisRequestContext) async throws -> T {
        let contentType = RequestContentType(request)
        try contentType.require(
            contentType.hasPrefix("application/json") || contentType.value.contains("+json"),
            "Send this request as JSON with `Content-Type: application/json`; got \(contentType.named).")
        let body = try await collect(request, context: context)
        try StrictJSONSyntax.requireNoTrailingCommas(body.readableBytesView)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(Self.decodeDate)
        do {
            return try decoder.decode(T.self, from: Data(buffer: body))
        } catch {
            throw OasisError.invalid(
                code: "invalid_json", message: "The request body is not the JSON this route expects.",
                details: [DecodingErrorDetail.detail(error)])
        }
    }

    /// Dates as a day (`2026-06-30`, read as 00:00 UTC) or an ISO-8601 time (`2026-06-30T08:00:00Z`).
    static func decodeDate(_ decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let day = CalendarDay(text) { return day.date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is neither a day (YYYY-MM-DD) nor an ISO-8601 time")
    }

    /// The whole body, or 413 when it exceeds the configured limit.
    static func collect(_ request: Request, context: OasisRequestContext) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > context.maxUploadSize {
            throw tooLarge(context)
        }
        do {
            return try await request.body.collect(upTo: context.maxUploadSize)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge(context)
        } catch is NIOTooManyBytesError {
            throw tooLarge(context)
        }
    }

    static func tooLarge(_ context: OasisRequestContext) -> OasisError {
        OasisError(
            kind: .tooLarge, code: "body_too_large",
            message: "The request body is larger than this server accepts (\(context.maxUploadSize) bytes).")
    }
}
