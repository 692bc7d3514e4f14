import Foundation
import Testing

/// `oasis analyse standards` and `--standards FILE`: the built-in figures printed as an editable file (with GB 50180's
/// strict 800 m on request), a city's own file used by the analyses, and a bad file refused with each problem's path.
@Suite("The standards file: printed, edited, read back, refused when wrong")
struct StandardsCLITests {
    @Test("the built-in and strict standards print as JSON; an edited checklist is used; a bad file names each problem")
    func standards() throws {
        let printed = try OasisBinary.run(["analyse", "standards", "--strict"])
        #expect(printed.status == 0, "\(printed.stderr)")
        var file = try #require(try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
        var living = try #require(file["livingCircle"] as? [String: Any])
        let tiers = try #require(living["tiers"] as? [[String: Any]])
        #expect(tiers.map { $0["distance"] as? Double } == [300, 500, 800])
        #expect((tiers[1]["requiredTypes"] as? [String])?.contains("market|supermarket") == true)
        #expect((file["shelterClasses"] as? [[String: Any]])?.count == 4)

        let (folder, network) = try IsochroneCommunitiesCLITests.network()
        defer { try? FileManager.default.removeItem(at: folder) }
        let centres = folder.appendingPathComponent("communities.csv")
        try "community,lon,lat\nWest,24.000,60.000\n".write(to: centres, atomically: true, encoding: .utf8)
        // The city's own checklist: a kindergarten and a clinic within 300 m.
        file["completeCommunity"] = ["distance": 300, "requiredTypes": ["kindergarten", "clinic"]]
        let own = folder.appendingPathComponent("standards.json")
        try JSONSerialization.data(withJSONObject: file).write(to: own)
        let result = try OasisBinary.run([
            "analyse", "communities", "--network", network, "--communities", centres.path, "--standards", own.path, "--json", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(body["distance_m"] as? Double == 300)
        // West: the kindergarten ~223 m away is within 300 m, the clinic ~445 m is not.
        #expect((body["communities"] as? [[String: Any]])?.first?["missing"] as? [String] == ["clinic"])

        // Tiers that shrink, a type that is no name, and no shelter class: each named by its path, nothing run.
        living["tiers"] = [
            ["name": "5-minute", "minutes": 5, "distance": 300, "requiredTypes": ["kindergarten"]],
            ["name": "10-minute", "minutes": 10, "distance": 200, "requiredTypes": ["Market Hall"]],
        ]
        file["livingCircle"] = living
        file["shelterClasses"] = [] as [Any]
        let bad = folder.appendingPathComponent("bad.json")
        try JSONSerialization.data(withJSONObject: file).write(to: bad)
        let refused = try OasisBinary.run([
            "analyse", "communities", "--network", network, "--communities", centres.path, "--standards", bad.path, "--quiet",
        ])
        #expect(refused.status != 0)
        for path in ["livingCircle.tiers[1].distance", "livingCircle.tiers[1].requiredTypes[0]", "shelterClasses"] {
            #expect(refused.stderr.contains(path), "\(path) in \(refused.stderr)")
        }
        #expect(refused.stdout.isEmpty)

        let wrongType = folder.appendingPathComponent("wrong.json")
        try
            #"{"version": 1, "livingCircle": {"walkingSpeed": "fast", "tiers": []}, "completeCommunity": {"distance": 300, "requiredTypes": ["clinic"]}, "shelterClasses": []}"#
            .write(to: wrongType, atomically: true, encoding: .utf8)
        let unreadable = try OasisBinary.run([
            "analyse", "communities", "--network", network, "--communities", centres.path, "--standards", wrongType.path, "--quiet",
        ])
        #expect(unreadable.status != 0)
        #expect(unreadable.stderr.contains("livingCircle.walkingSpeed"), "\(unreadable.stderr)")
    }
}
