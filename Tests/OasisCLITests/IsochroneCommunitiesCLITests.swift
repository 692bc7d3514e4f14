import Foundation
import Testing

@Suite("oasis analyse isochrone and communities on a three-node street")
struct IsochroneCommunitiesCLITests {
    /// A (24.000, 60.000) — B (24.004, 60.000) — C (24.004, 60.002), footways of about 222 m each; a kindergarten
    /// beside B and a clinic beside C.
    static let osm = ThreeNodeStreet.osm(
        extra: """
              <node id="20" lat="60.00001" lon="24.00401"><tag k="amenity" v="kindergarten"/></node>
              <node id="21" lat="60.00201" lon="24.00401"><tag k="amenity" v="clinic"/></node>
            """)

    static func network() throws -> (folder: URL, network: String) {
        let folder = try OasisBinary.temporaryDirectory()
        let osm = folder.appendingPathComponent("street.osm")
        try Self.osm.write(to: osm, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("street.oasisnet").path
        let build = try OasisBinary.run(["network", "build", osm.path, "--output", network, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        return (folder, network)
    }

    @Test("isochrones grow with the minutes; a polygon once three nodes are reached; a point outside WGS-84 is refused")
    func isochrone() throws {
        let (folder, network) = try Self.network()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try OasisBinary.run([
            "analyse", "isochrone", "--network", network, "--lon", "24.0", "--lat", "60.0", "--minutes", "10,1,5", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        #expect(properties.compactMap { $0["minutes"] as? Double } == [1, 5, 10])
        #expect(properties.compactMap { $0["reachable_nodes"] as? Int } == [1, 2, 3])
        #expect(properties.compactMap { $0["limit_m"] as? Double } == [60, 300, 600])
        #expect(features[0]["geometry"] is NSNull && features[1]["geometry"] is NSNull)
        let polygon = try #require(features[2]["geometry"] as? [String: Any])
        #expect(polygon["type"] as? String == "Polygon")
        let ring = try #require((polygon["coordinates"] as? [[[Double]]])?.first)
        #expect(ring.count == 4 && ring.first == ring.last)
        #expect(Set(ring.map { "\($0[0]),\($0[1])" }) == ["24.0,60.0", "24.004,60.0", "24.004,60.002"])

        let outside = try OasisBinary.run(["analyse", "isochrone", "--network", network, "--lon", "200", "--lat", "60"])
        #expect(outside.status != 0)
        #expect(outside.stderr.contains("--lon 200"))
        let badMinutes = try OasisBinary.run(["analyse", "isochrone", "--network", network, "--lon", "24", "--lat", "60", "--minutes", "0"])
        #expect(badMinutes.status != 0 && badMinutes.stderr.contains("--minutes"))
    }

    @Test("the complete-community checklist: what lies within the distance, how far, what is missing; bad files are refused by line")
    func communities() throws {
        let (folder, network) = try Self.network()
        defer { try? FileManager.default.removeItem(at: folder) }
        let centres = folder.appendingPathComponent("communities.csv")
        try "community,lon,lat\n西区 West,24.000,60.000\nEast,24.004,60.002\n".write(to: centres, atomically: true, encoding: .utf8)
        let result = try OasisBinary.run([
            "analyse", "communities", "--network", network, "--communities", centres.path,
            "--types", "kindergarten,clinic", "--distance", "300", "--format", "json", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(body["communities"] as? [[String: Any]])
        #expect(rows.count == 2)
        // West (node A): the kindergarten at B is ~223 m away, the clinic at C ~445 m: beyond 300 m.
        #expect(rows[0]["community"] as? String == "西区 West")
        #expect(rows[0]["complete"] as? Bool == false)
        #expect(rows[0]["missing"] as? [String] == ["clinic"])
        let west = try #require(rows[0]["present_m"] as? [String: Double])
        #expect(abs((west["kindergarten"] ?? 0) - 222.6) < 1)
        // East (node C): both within 300 m.
        #expect(rows[1]["complete"] as? Bool == true)
        #expect((rows[1]["missing"] as? [String])?.isEmpty == true)

        let table = try OasisBinary.run(["analyse", "communities", "--network", network, "--communities", centres.path, "--quiet"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("missing within 500 m"))
        #expect(table.stdout.contains("The network has no facilities of type community_service"))

        let bad = folder.appendingPathComponent("bad.csv")
        try "community,lon,lat\nWest,24.000,sixty\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try OasisBinary.run(["analyse", "communities", "--network", network, "--communities", bad.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("line 2"))
        #expect(refused.stderr.contains("lat"))
    }
}
