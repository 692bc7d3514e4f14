import Foundation
import OasisOSM
import OasisRouting
import OasisTestSupport
import Testing

@Suite("Walking network from OSM ways")
struct WalkingNetworkTests {
    //   3 ──residential── 4
    //   │                 │ cycleway, foot=designated
    //   2 ─────path────── 6
    //   │ (8)             ╎ cycleway without foot (excluded)
    //   1 ╌╌foot=no╌╌╌╌╌╌ 5      1–5 motorway (excluded), 1–6 service access=private (excluded)
    //                           3 – 7 – 4: footway through node 7, which the extract lacks
    static let document = """
        <osm version="0.6">
          <node id="1" lat="60.0" lon="25.0"/>
          <node id="2" lat="60.001" lon="25.0"/>
          <node id="3" lat="60.002" lon="25.0"/>
          <node id="4" lat="60.002" lon="25.002"/>
          <node id="5" lat="60.0" lon="25.002"/>
          <node id="6" lat="60.001" lon="25.002"/>
          <node id="8" lat="60.0005" lon="25.0001"/>
          <way id="10"><nd ref="1"/><nd ref="8"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="footway"/></way>
          <way id="11"><nd ref="3"/><nd ref="4"/><tag k="highway" v="residential"/></way>
          <way id="12"><nd ref="1"/><nd ref="5"/><tag k="highway" v="motorway"/></way>
          <way id="13"><nd ref="1"/><nd ref="5"/><tag k="highway" v="footway"/><tag k="foot" v="no"/></way>
          <way id="14"><nd ref="2"/><nd ref="6"/><tag k="highway" v="path"/></way>
          <way id="15"><nd ref="5"/><nd ref="6"/><tag k="highway" v="cycleway"/></way>
          <way id="16"><nd ref="6"/><nd ref="4"/><tag k="highway" v="cycleway"/><tag k="foot" v="designated"/></way>
          <way id="17"><nd ref="1"/><nd ref="6"/><tag k="highway" v="service"/><tag k="access" v="private"/></way>
          <way id="18"><nd ref="1"/><nd ref="2"/><nd ref="6"/><nd ref="1"/><tag k="building" v="yes"/></way>
          <way id="19"><nd ref="3"/><nd ref="7"/><nd ref="4"/><tag k="highway" v="footway"/></way>
        </osm>
        """

    /// Haversine written independently of the code under test (atan2 form), R = 6,371,008.8 m.
    static func metres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let r = Double.pi / 180
        let dPhi = (b.0 - a.0) * r
        let dLambda = (b.1 - a.1) * r
        let h = pow(sin(dPhi / 2), 2) + cos(a.0 * r) * cos(b.0 * r) * pow(sin(dLambda / 2), 2)
        return 2 * 6_371_008.8 * atan2(sqrt(h), sqrt(1 - h))
    }

    static let position: [Int64: (Double, Double)] = [
        1: (60.0, 25.0), 2: (60.001, 25.0), 3: (60.002, 25.0), 4: (60.002, 25.002), 5: (60.0, 25.002), 6: (60.001, 25.002), 8: (60.0005, 25.0001),
    ]

    static func length(_ path: [Int64]) -> Double {
        zip(path, path.dropFirst()).reduce(0) { $0 + metres(position[$1.0]!, position[$1.1]!) }
    }

    static func expectClose(_ got: Double, _ want: Double, _ what: String) {
        #expect(abs(got - want) <= 1e-6 * want, "\(what): \(got) m, expected \(want) m")
    }

    /// The edges as (OSM id, OSM id, way) → length, orientation-free.
    static func edgeTable(_ network: WalkingNetwork) -> [String: Double] {
        var table: [String: Double] = [:]
        for (edge, way) in zip(network.edges, network.edgeWayIDs) {
            let ends = [network.nodeIDs[edge.from], network.nodeIDs[edge.to]].sorted()
            table["\(ends[0])-\(ends[1]) w\(way)"] = edge.length
        }
        return table
    }

    @Test("simplified: footway, path, residential and cycleway with foot=designated; lengths summed through dropped nodes")
    func simplified() throws {
        let network = try WalkingNetworkBuilder().build(from: OSMXMLReader().read(Self.document))
        #expect(network.walkableWayCount == 5) // 10, 11, 14, 16, 19
        #expect(network.missingNodeReferences == 1)
        #expect(network.nodeIDs == [1, 2, 3, 4, 6]) // 5 only on excluded ways; 8 dropped (interior)
        #expect(network.latitudes == [60.0, 60.001, 60.002, 60.002, 60.001])
        #expect(network.longitudes == [25.0, 25.0, 25.0, 25.002, 25.002])
        let edges = Self.edgeTable(network)
        #expect(edges.keys.sorted() == ["1-2 w10", "2-3 w10", "2-6 w14", "3-4 w11", "4-6 w16"])
        Self.expectClose(edges["1-2 w10"]!, Self.length([1, 8, 2]), "1–8–2")
        Self.expectClose(edges["2-3 w10"]!, Self.length([2, 3]), "2–3")
        Self.expectClose(edges["3-4 w11"]!, Self.length([3, 4]), "3–4")
        Self.expectClose(edges["2-6 w14"]!, Self.length([2, 6]), "2–6")
        Self.expectClose(edges["4-6 w16"]!, Self.length([6, 4]), "6–4")
        // A meridian step of 0.001° is R·π/180·0.001 exactly.
        Self.expectClose(edges["2-3 w10"]!, 6_371_008.8 * Double.pi / 180 * 0.001, "meridian")
        let distances = NearestFacilitySearch(graph: network.graph).distances(from: [0])
        Self.expectClose(distances[3], min(Self.length([1, 8, 2, 3, 4]), Self.length([1, 8, 2, 6, 4])), "1 to 4")
    }

    @Test("unsimplified: every node of an admitted way is a graph node, in extract order")
    func unsimplified() throws {
        let network = try WalkingNetworkBuilder(simplify: false).build(from: OSMXMLReader().read(Self.document))
        #expect(network.nodeIDs == [1, 2, 3, 4, 6, 8])
        let edges = Self.edgeTable(network)
        #expect(edges.keys.sorted() == ["1-8 w10", "2-3 w10", "2-6 w14", "2-8 w10", "3-4 w11", "4-6 w16"])
        Self.expectClose(edges["1-8 w10"]! + edges["2-8 w10"]!, Self.length([1, 8, 2]), "1–8–2")
    }

    @Test(
        "the pedestrian rules on single ways",
        arguments: [
            (["highway": "footway"], true), (["highway": "footway", "footway": "sidewalk"], true),
            (["highway": "pedestrian", "area": "yes"], true), (["highway": "steps"], true), (["highway": "living_street"], true),
            (["highway": "residential"], true), (["highway": "service"], true), (["highway": "track"], true),
            (["highway": "primary"], true), (["highway": "motorway"], false), (["highway": "motorway_link", "foot": "yes"], false),
            (["highway": "trunk"], false), (["highway": "trunk", "foot": "yes"], true), (["highway": "construction"], false),
            (["highway": "proposed"], false), (["highway": "raceway"], false), (["highway": "bus_guideway"], false),
            (["highway": "footway", "foot": "no"], false), (["highway": "primary", "foot": "use_sidepath"], false),
            (["highway": "service", "access": "private"], false), (["highway": "service", "access": "private", "foot": "yes"], true),
            (["highway": "track", "access": "no", "foot": "permissive"], true), (["highway": "service", "service": "private"], false),
            (["highway": "cycleway"], false), (["highway": "cycleway", "foot": "designated"], true),
            (["building": "yes"], false), (["railway": "platform"], false),
        ])
    func rules(_ tags: [String: String], _ walkable: Bool) {
        #expect(PedestrianAccess().allows(tags) == walkable)
    }

    @Test(
        "Helsinki: the simplified graph gives the same distances as the full one",
        .enabled(if: SharedData.runs("osm/helsinki_center.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf"))))
    func helsinki() throws {
        let url = try SharedData.require("osm/helsinki_center.osm.pbf")
        let extract = try OSMPBFReader().read(contentsOf: url)
        let full = try WalkingNetworkBuilder(simplify: false).build(from: extract)
        let simple = try WalkingNetworkBuilder().build(from: extract)
        #expect(simple.nodeCount < full.nodeCount && simple.nodeCount > 1_000, "\(simple.nodeCount) of \(full.nodeCount)")
        #expect(simple.edges.allSatisfy { $0.length > 0 && $0.length < 5_000 })
        #expect(full.nodeIDs == full.nodeIDs.sorted()) // extract order, and the PBF is sorted by id
        let source = try #require(
            simple.nodeIDs.indices.max {
                simple.graph.offsets[$0 + 1] - simple.graph.offsets[$0] < simple.graph.offsets[$1 + 1] - simple.graph.offsets[$1]
            })
        let fullIndex = Dictionary(uniqueKeysWithValues: full.nodeIDs.enumerated().map { ($1, $0) })
        let onSimple = NearestFacilitySearch(graph: simple.graph).distances(from: [source])
        let onFull = NearestFacilitySearch(graph: full.graph).distances(from: [fullIndex[simple.nodeIDs[source]]!])
        var reached = 0
        for (node, distance) in onSimple.enumerated() {
            let other = onFull[fullIndex[simple.nodeIDs[node]]!]
            #expect(distance.isInfinite == other.isInfinite)
            if distance.isFinite {
                reached += 1
                #expect(abs(distance - other) <= 1e-6 * max(1, other))
            }
        }
        #expect(reached > simple.nodeCount / 2)
    }
}
