import Foundation
import OasisTestSupport
import Testing

/// GDAL's OGC API — Features client (the `OAPIF` driver of `ogrinfo`, Debian gdal-bin) lists and reads the
/// collections of a running `oasis serve` with its demo layers. Reported as skipped when ogrinfo is missing
/// (a failure when skips are forbidden, as in CI).
@Suite("OGC API with GDAL")
struct OGCWithGDALTests {
    static let ogrinfoPaths = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"]

    @Test(
        "ogrinfo lists the public collections, counts the facilities and reads every shelter with its properties",
        .enabled(if: TestPrerequisite.runs(TestPrerequisite.hasTool(Self.ogrinfoPaths)), "needs ogrinfo (Debian gdal-bin)"))
    func ogrinfoReads() throws {
        let ogrinfo = try TestPrerequisite.tool(Self.ogrinfoPaths, package: "gdal-bin")
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try RunningServer.start(in: directory, environment: ["OASIS_ADMIN_PASSWORD": "gdal-test-password-1"], timeout: 60)
        defer { server.stop() }
        let port = try #require(server.port)
        let endpoint = "OAPIF:http://127.0.0.1:\(port)/ogc"

        let listing = try Self.run(ogrinfo, ["-ro", endpoint])
        #expect(listing.status == 0, "\(listing.output)")
        #expect(listing.output.contains("1: facilities"))
        #expect(listing.output.contains("2: shelters"))
        #expect(!listing.output.contains("residences"), "residences need a token, so an anonymous client must not see them")

        let summary = try Self.run(ogrinfo, ["-ro", "-so", endpoint, "facilities"])
        #expect(summary.status == 0, "\(summary.output)")
        #expect(summary.output.contains("Feature Count: 16"))
        #expect(summary.output.contains("Geometry: Point"))

        let shelters = try Self.run(ogrinfo, ["-ro", "-q", endpoint, "shelters"])
        #expect(shelters.status == 0, "\(shelters.output)")
        #expect(shelters.output.components(separatedBy: "OGRFeature(shelters)").count - 1 == 3)
        #expect(shelters.output.contains("class (String) = short_term"))
        #expect(shelters.output.contains("effective_area_m2"))
        #expect(shelters.output.contains("POINT (87."))
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["GDAL_HTTP_TIMEOUT"] = "20"
        let result = try ChildProcess.run(executable, arguments, environment: environment, mergeErrorIntoOutput: true)
        return (result.status, result.stdout)
    }
}
