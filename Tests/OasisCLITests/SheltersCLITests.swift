import Foundation
import Testing

@Suite("oasis analyse shelters on a three-node street")
struct SheltersCLITests {
    /// A (24.000, 60.000) — B (24.004, 60.000) — C (24.004, 60.002): two footways of 222.4 m each.
    static let osm = ThreeNodeStreet.osm()
    static let residences = """
        id,lon,lat,population,district
        r1,24.000,60.000,100,north
        r2,24.004,60.000,50,north
        r3,24.004,60.002,300,south
        """

    /// A folder with the network built and the residences written.
    static func prepare() throws -> (folder: URL, network: String, residences: String, build: OasisBinary.Result) {
        let folder = try OasisBinary.temporaryDirectory()
        let osm = folder.appendingPathComponent("street.osm")
        try Self.osm.write(to: osm, atomically: true, encoding: .utf8)
        let network = folder.appendingPathComponent("street.oasisnet").path
        let build = try OasisBinary.run(["network", "build", osm.path, "--output", network, "--lang", "en"])
        let residences = folder.appendingPathComponent("residences.csv")
        try Self.residences.write(to: residences, atomically: true, encoding: .utf8)
        return (folder, network, residences.path, build)
    }

    @Test("per shelter and per district, as CSV; progress lines on standard error when it is not a terminal")
    func csv() throws {
        let (folder, network, residences, build) = try Self.prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("3 nodes, 2 edges"))
        #expect(build.stderr.contains("Reading OSM data: 100 %"))
        #expect(build.stderr.contains("Writing the network artefact: 100 % (2/2 items"))
        let shelters = folder.appendingPathComponent("shelters.csv")
        try """
        id,name,lon,lat,effective_area_m2,class,district
        s1,"Park, north",24.000,60.000,100,emergency,north
        s2,School,24.004,60.002,3000,short_term,south
        """.write(to: shelters, atomically: true, encoding: .utf8)
        let result = try OasisBinary.run([
            "analyse", "shelters", "--network", network, "--shelters", shelters.path, "--residences", residences,
            "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                id,name,class,district,effective_area_m2,capacity,radius_m,population_within_radius,surplus,area_per_person_m2,snap_m
                s1,"Park, north",emergency,north,100,200,500,450,-250,0.222222,0
                s2,School,short_term,south,3000,1500,1000,450,1050,6.66667,0

                district,shelters,effective_area_m2,capacity,population,population_served,surplus,area_per_person_m2
                north,1,100,200,150,450,50,0.666667
                south,1,3000,1500,300,450,1200,10

                """)
        #expect(result.stderr.contains("计算避难场所服务范围: 100 % (2/2 项"))
        let quiet = try OasisBinary.run([
            "analyse", "shelters", "--network", network, "--shelters", shelters.path, "--residences", residences, "--quiet",
        ])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout.contains("Park, north"))
    }

    @Test("GeoJSON shelters without a district take the nearest residence's; JSON output")
    func geoJSON() throws {
        let (folder, network, residences, _) = try Self.prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shelters = folder.appendingPathComponent("shelters.geojson")
        try """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.004, 60.0021]},
           "properties": {"id": "s2", "name": "学校", "effective_area_m2": 3000, "class": "short_term"}}
        ]}
        """.write(to: shelters, atomically: true, encoding: .utf8)
        let result = try OasisBinary.run([
            "analyse", "shelters", "--network", network, "--shelters", shelters.path, "--residences", residences,
            "--format", "json", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["shelters"] as? [[String: Any]])
        #expect(rows.first?["district"] as? String == "south")
        #expect(rows.first?["name"] as? String == "学校")
        #expect(rows.first?["populationWithinRadius"] as? Double == 450)
        let districts = try #require(object["districts"] as? [[String: Any]])
        #expect(districts.map { $0["district"] as? String } == ["north", "south"])
        #expect(districts.first?["capacity"] as? Double == 0)
    }

    @Test("bad input is refused naming the file, line and column")
    func badInput() throws {
        let (folder, network, residences, _) = try Self.prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        func refusal(_ shelters: String, residences residenceText: String? = nil) throws -> String {
            let file = folder.appendingPathComponent("bad-\(UUID().uuidString).csv")
            try shelters.write(to: file, atomically: true, encoding: .utf8)
            var residencePath = residences
            if let residenceText {
                residencePath = folder.appendingPathComponent("bad-residences.csv").path
                try residenceText.write(toFile: residencePath, atomically: true, encoding: .utf8)
            }
            let result = try OasisBinary.run(["analyse", "shelters", "--network", network, "--shelters", file.path, "--residences", residencePath])
            #expect(result.status != 0)
            return result.stderr
        }
        let header = "id,name,lon,lat,effective_area_m2,class\n"
        let missing = try refusal("id,name,lon,lat,class\ns1,P,24,60,emergency\n")
        #expect(missing.contains("line 1: missing column effective_area_m2"))
        let badNumber = try refusal(header + "s1,P,24,60,100,emergency\ns2,Q,24,60,lots,emergency\n")
        #expect(badNumber.contains("line 3, column effective_area_m2: \"lots\" is not a number"))
        let unknownClass = try refusal(header + "s1,P,24,60,100,castle\n")
        #expect(unknownClass.contains("line 2, column class: unknown class \"castle\"; use emergency, short_term, medium_term, long_term"))
        let badLatitude = try refusal(header + "s1,P,24,95,100,emergency\n")
        #expect(badLatitude.contains("line 2, column lat: 95.0 is not a WGS-84 latitude"))
        let badPopulation = try refusal(header + "s1,P,24,60,100,emergency\n", residences: "id,lon,lat,population\nr1,24,60,-5\n")
        #expect(badPopulation.contains("bad-residences.csv: line 2, column population: -5.0 is negative"))
    }
}
