import Foundation
import OasisOSM
import OasisTestSupport
import Testing

@Suite("Facility classification from OSM tags")
struct FacilityClassifierTests {
    let classifier = FacilityClassifier()

    @Test(
        "built-in rules on hand-written tags",
        arguments: [
            (["amenity": "kindergarten"], ["kindergarten"]),
            (["amenity": "childcare"], ["nursery"]),
            (["amenity": "school", "name": "北京市第一中学"], ["school", "middle_school"]),
            (["amenity": "school", "name": "Kaisaniemen ala-aste"], ["school", "primary_school"]),
            (["amenity": "school", "isced:level": "1;2"], ["school", "primary_school", "middle_school"]),
            (["amenity": "school"], ["school"]),
            (["amenity": "clinic"], ["clinic"]),
            (["healthcare": "centre"], ["clinic", "health_centre"]),
            (["amenity": "clinic", "name": "天山区燕儿窝社区卫生服务中心"], ["clinic", "health_centre"]),
            (["amenity": "hospital", "name": "乌鲁木齐市第一人民医院"], ["hospital"]),
            (["amenity": "doctors", "healthcare": "doctor"], ["clinic"]),
            (["amenity": "hospital"], ["hospital"]),
            (["amenity": "pharmacy", "healthcare": "pharmacy"], ["pharmacy"]),
            (["amenity": "social_facility", "social_facility": "nursing_home", "social_facility:for": "senior"], ["elderly_care"]),
            (["amenity": "social_facility", "social_facility": "group_home", "social_facility:for": "senior"], []),
            (["amenity": "marketplace"], ["market"]),
            (["shop": "supermarket"], ["supermarket"]),
            (["leisure": "pitch", "sport": "soccer"], ["sports"]),
            (["leisure": "park", "name": "人民公园"], ["park"]),
            (["name": "人民公园"], []),
            (["amenity": "community_centre"], ["community_service"]),
            (["emergency": "assembly_point"], ["shelter"]),
            (["amenity": "shelter", "shelter_type": "public_transport"], []),
            (["building": "yes", "name": "Kauppakeskus"], []),
        ])
    func builtIn(_ tags: [String: String], _ expected: [String]) {
        #expect(classifier.types(for: tags).map(\.rawValue) == expected)
    }

    @Test("the built-in rules cover the living-circle types of DOMAIN.md §6")
    func coverage() {
        let types = Set(FacilityRules.builtIn.types)
        for type in [
            FacilityType.kindergarten, .primarySchool, .middleSchool, .clinic, .healthCentre, .hospital, .elderlyCare, .market, .supermarket,
            .sports, .park, .communityService, .shelter, .pharmacy, .culture, .police, .canteen, .playground,
        ] {
            #expect(types.contains(type), "no rule for \(type)")
        }
    }

    @Test("a user's rule file of the same shape replaces the built-in rules")
    func userRules() throws {
        let json = """
            {"version": 1, "rules": [
              {"type": "water_point", "when": [{"key": "amenity", "values": ["drinking_water"]}]},
              {"type": "kindergarten", "when": [{"key": "name", "contains": ["KITA"]}, {"key": "building"}]}
            ]}
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-rules-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let classifier = FacilityClassifier(rules: try FacilityRules(contentsOf: url))
        #expect(classifier.types(for: ["amenity": "drinking_water"]) == [FacilityType("water_point")])
        #expect(classifier.types(for: ["name": "Kita Sonnenschein", "building": "yes"]) == [.kindergarten])
        #expect(classifier.types(for: ["name": "Kita Sonnenschein", "building": "no"]) == [])
        #expect(classifier.types(for: ["amenity": "kindergarten"]) == [])
    }

    @Test(
        "rule files that cannot be used are refused with the rule at fault",
        arguments: [
            (#"{"version": 2, "rules": []}"#, "version 2"),
            (#"{"version": 1, "rules": [{"type": "a", "when": []}]}"#, "rule 0 (type \"a\"): \"when\" has no conditions"),
            (#"{"version": 1, "rules": [{"type": "Big Type", "when": [{"key": "a"}]}]}"#, "rule 0 (type \"Big Type\"): a type is lower-case"),
            (
                #"{"version": 1, "rules": [{"type": "a", "when": [{"key": "a"}]}, {"type": "b", "when": [{"key": ""}]}]}"#,
                "rule 1 (type \"b\"), condition 0: the key is empty"
            ),
            (#"{"version": 1, "rules": [{"type": "a", "when": [{"key": "a", "values": ["x"], "contains": ["y"]}]}]}"#, "not both"),
            (#"{"version": 1, "rules": [{"type": "a"}]}"#, "rules[0].when is missing"),
            (#"{"version": 1, "rules": [}"#, "not valid rule JSON"),
        ])
    func invalidRules(_ json: String, _ expected: String) throws {
        do {
            _ = try FacilityRules(json: Data(json.utf8))
            Issue.record("accepted: \(json)")
        } catch {
            #expect(error.kind == .invalidRules)
            #expect(error.message.contains(expected), "got: \(error.message)")
        }
    }

    @Test("facilities from nodes at their position and from ways at the centroid of their nodes")
    func fromExtract() throws {
        let extract = try OSMXMLReader().read(
            """
            <osm>
              <node id="1" lat="60.0" lon="25.0"/>
              <node id="2" lat="60.0" lon="25.002"/>
              <node id="3" lat="60.001" lon="25.002"/>
              <node id="4" lat="60.001" lon="25.0"/>
              <node id="5" lat="60.0005" lon="25.003"><tag k="amenity" v="pharmacy"/><tag k="name" v="Apteekki"/></node>
              <node id="6" lat="60.0006" lon="25.004"><tag k="highway" v="bus_stop"/></node>
              <way id="20"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
                <tag k="amenity" v="school"/><tag k="isced:level" v="1"/><tag k="name:en" v="Sunny School"/></way>
              <way id="21"><nd ref="99"/><tag k="leisure" v="park"/></way>
            </osm>
            """)
        let facilities = FacilityClassifier().facilities(in: extract)
        #expect(facilities.map(\.type) == [.pharmacy, .school, .primarySchool])
        #expect(facilities[0] == Facility(type: .pharmacy, osmKind: .node, osmID: 5, name: "Apteekki", latitude: 60.0005, longitude: 25.003))
        for school in facilities.dropFirst() {
            #expect(school.osmKind == .way && school.osmID == 20 && school.name == "Sunny School")
            // The mean of the four corners (the closing node counted once).
            #expect(abs(school.latitude - 60.0005) < 1e-12 && abs(school.longitude - 25.001) < 1e-12)
        }
    }

    @Test(
        "Helsinki: known schools and pharmacies are found",
        .enabled(if: SharedData.runs("osm/helsinki_center.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf"))))
    func helsinki() throws {
        let url = try SharedData.require("osm/helsinki_center.osm.pbf")
        let facilities = FacilityClassifier().facilities(in: try OSMPBFReader().read(contentsOf: url))
        let kaisaniemi = facilities.filter { $0.osmID == 596_507_272 && $0.osmKind == .way }
        #expect(Set(kaisaniemi.map(\.type)) == [.school, .primarySchool])
        #expect(kaisaniemi.first?.name == "Kaisaniemen ala-aste")
        let kruununhaka = facilities.filter { $0.osmID == 446_178_816 }
        #expect(Set(kruununhaka.map(\.type)) == [.school, .middleSchool])
        let eliel = try #require(facilities.first { $0.osmID == 1_369_465_553 })
        #expect(eliel.type == .pharmacy && eliel.name == "Apteekki Eliel" && eliel.latitude == 60.1717091 && eliel.longitude == 24.9405421)
        #expect(facilities.filter { $0.type == .pharmacy }.count >= 6)
        #expect(facilities.filter { $0.type == .park }.count >= 16)
        #expect(facilities.allSatisfy { (60.16...60.18).contains($0.latitude) && (24.93...24.96).contains($0.longitude) })
    }
}
