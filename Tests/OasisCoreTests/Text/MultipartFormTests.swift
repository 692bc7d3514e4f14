import OasisCore
import OasisTestSupport
import Testing

@Suite("multipart/form-data (RFC 7578): parts, boundaries, and bodies that are refused")
struct MultipartFormTests {
    static let boundary = "----oasis7MA4YWxkTrZu0gW"

    @Test("text fields and a file part, with a preamble, a quoted boundary and CR LF inside the file's bytes")
    func parts() throws {
        let file: [UInt8] = [0x00, 0x0D, 0x0A, 0x2D, 0x2D, 0xFF] // NUL, CR LF, "--", 0xFF: not a delimiter
        let body =
            Array("preamble to ignore\r\n".utf8)
            + PhotoSamples.multipart(
                boundary: Self.boundary, fields: [("service_code", "C0101"), ("description", "井盖缺失\r\n第二行")],
                files: [(field: "media", fileName: "a b;c.jpg", contentType: "image/png", bytes: file)])
        let form = try MultipartForm.parse(body, contentType: "multipart/form-data; boundary=\"\(Self.boundary)\"")
        #expect(form.parts.count == 3)
        #expect(form.fields.map(\.key) == ["service_code", "description"])
        #expect(form.fields.map(\.value) == ["C0101", "井盖缺失\r\n第二行"])
        let media = try #require(form.part("media"))
        #expect(media.bytes == file)
        #expect(media.fileName == "a b;c.jpg")
        #expect(media.contentType == "image/png")
    }

    @Test("the boundary from the Content-Type: quoted or not, case of the parameter name ignored; none for other types")
    func boundary() {
        #expect(MultipartForm.boundary(ofContentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(ofContentType: "Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a:b c\"") == "a:b c")
        #expect(MultipartForm.boundary(ofContentType: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(ofContentType: "multipart/form-data; boundary=") == nil)
        #expect(MultipartForm.boundary(ofContentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
        #expect(MultipartForm.boundary(ofContentType: "application/x-www-form-urlencoded; boundary=abc") == nil)
    }

    @Test(
        "refused with 400 multipart_invalid: no boundary in the type, none in the body, a truncated part, no closing delimiter, a nameless part, too many parts"
    )
    func refusals() {
        let complete = PhotoSamples.multipart(
            boundary: "b", fields: [("a", "1")], files: [(field: "media", fileName: "x", contentType: "image/jpeg", bytes: [1, 2, 3])])
        func refused(_ body: [UInt8], _ contentType: String = "multipart/form-data; boundary=b") -> Bool {
            do {
                _ = try MultipartForm.parse(body, contentType: contentType)
                return false
            } catch {
                return error.kind == .invalid && error.code == "multipart_invalid" && error.details.first?.field == "body"
            }
        }
        #expect(!refused(complete))
        #expect(refused(complete, "multipart/form-data"))
        #expect(refused(Array("no delimiter at all".utf8)))
        // Cut inside the file's bytes: the part never ends.
        #expect(refused(Array(complete.prefix(complete.count - 12))))
        // The last part ends but the closing `--` never comes.
        #expect(refused(Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b".utf8)))
        #expect(refused(Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n".utf8)))
        #expect(refused(Array("--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--".utf8)))
        let many = PhotoSamples.multipart(boundary: "b", fields: (0...MultipartForm.maxParts).map { ("f\($0)", "v") }, files: [])
        #expect(refused(many))
        let most = PhotoSamples.multipart(boundary: "b", fields: (1...MultipartForm.maxParts).map { ("f\($0)", "v") }, files: [])
        #expect(!refused(most))
    }
}
