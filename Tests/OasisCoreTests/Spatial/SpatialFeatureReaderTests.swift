import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Layer GeoJSON reader")
struct SpatialFeatureReaderTests {
    static let vocabulary = SpatialFeatureVocabulary(facilityTypes: ["kindergarten", "clinic"], shelterClasses: ["emergency", "short_term"])

    static func read(_ layer: SpatialLayer, _ json: String, crs: CoordinateSystem? = nil, region: String? = nil) throws(OasisError)
        -> SpatialFeatureFile
    {
        try SpatialFeatureGeoJSONReader(layer: layer, coordinateSystem: crs, defaultRegion: region, vocabulary: vocabulary).read(Array(json.utf8))
    }

    static func collection(_ features: [String], crs: String? = nil) -> String {
        let member = crs.map { #""crs": {"type": "name", "properties": {"name": "\#($0)"}}, "# } ?? ""
        return #"{"type": "FeatureCollection", \#(member)"features": [\#(features.joined(separator: ","))]}"#
    }

    static func point(_ lon: Double, _ lat: Double, _ properties: String, id: String? = nil) -> String {
        #"{"type": "Feature", \#(id.map { #""id": "\#($0)", "# } ?? "")"geometry": {"type": "Point", "coordinates": [\#(lon), \#(lat)]}, "properties": \#(properties)}"#
    }

    /// The JSON paths of the problems `body` throws.
    static func fields(_ body: () throws(OasisError) -> SpatialFeatureFile) -> [String] {
        do {
            _ = try body()
            return []
        } catch {
            return error.details.compactMap(\.field)
        }
    }

    @Test("reads facilities, residences and shelters with their typed numbers and other properties")
    func reads() throws {
        let facilities = try Self.read(
            .facilities,
            Self.collection([
                Self.point(87.61, 43.82, #"{"type": "kindergarten", "name": "第一幼儿园", "region_code": "650102", "classes": 6}"#, id: "K1")
            ]))
        let kindergarten = try #require(facilities.features.first)
        #expect(
            kindergarten.kind == "kindergarten" && kindergarten.name == "第一幼儿园" && kindergarten.externalID == "K1" && kindergarten.region == "650102")
        #expect(kindergarten.otherProperties == #"{"classes":6}"#)
        let residences = try Self.read(
            .residences,
            Self.collection([
                #"{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[87.6, 43.8], [87.61, 43.8], [87.61, 43.81], [87.6, 43.81], [87.6, 43.8]]]}, "properties": {"population": 1200, "type": "compound"}}"#
            ]), region: "650102")
        #expect(
            residences.features.first?.population == 1200 && residences.features.first?.region == "650102"
                && residences.features.first?.kind == "compound")
        let shelters = try Self.read(
            .shelters, Self.collection([Self.point(87.6, 43.8, #"{"class": "short_term", "effective_area_m2": 5000, "capacity": 2500}"#)]))
        #expect(shelters.features.first?.effectiveArea == 5000 && shelters.features.first?.capacity == 2500)
    }

    @Test("malformed JSON, not a FeatureCollection, and features that are not Features are refused by path")
    func structure() {
        #expect(Self.fields { () throws(OasisError) in try Self.read(.facilities, "{\"type\": ") } == ["$"])
        #expect(Self.fields { () throws(OasisError) in try Self.read(.facilities, #"{"type": "Feature"}"#) } == ["$.type"])
        #expect(Self.fields { () throws(OasisError) in try Self.read(.facilities, #"{"type": "FeatureCollection"}"#) } == ["$.features"])
        #expect(Self.fields { () throws(OasisError) in try Self.read(.facilities, Self.collection(["42"])) } == ["$.features[0].type"])
    }

    @Test("an unknown CRS is refused naming $.crs; a crs member that conflicts with --crs too")
    func unknownCRS() {
        #expect(Self.fields { () throws(OasisError) in try Self.read(.facilities, Self.collection([], crs: "EPSG:2385")) } == ["$.crs"])
        #expect(Self.fields { () throws(OasisError) in try Self.read(.facilities, Self.collection([], crs: "EPSG:3857"), crs: .gcj02) } == ["$.crs"])
    }

    @Test("bad geometry and out-of-range coordinates are refused by path, and nothing is read")
    func geometry() {
        let bad = Self.collection([
            Self.point(87.6, 43.8, #"{"type": "clinic"}"#),
            #"{"type": "Feature", "geometry": {"type": "Circle", "coordinates": [1, 2]}, "properties": {"type": "clinic"}}"#,
            #"{"type": "Feature", "geometry": null, "properties": {"type": "clinic"}}"#,
            #"{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}, "properties": {"type": "clinic"}}"#,
            #"{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], ["a", 1]]}, "properties": {"type": "clinic"}}"#,
            Self.point(187.6, 43.8, #"{"type": "clinic"}"#),
            Self.point(87.6, -93.8, #"{"type": "clinic"}"#),
        ])
        #expect(
            Self.fields { () throws(OasisError) in try Self.read(.facilities, bad) } == [
                "$.features[1].geometry.type", "$.features[2].geometry", "$.features[3].geometry.coordinates[0]",
                "$.features[4].geometry.coordinates[1]", "$.features[5].geometry.coordinates", "$.features[6].geometry.coordinates",
            ])
    }

    @Test("residences need a population of at least 0; shelters a positive area and a known class; facilities a known type")
    func properties() {
        let residences = Self.collection([
            Self.point(87.6, 43.8, #"{"name": "no population"}"#), Self.point(87.6, 43.8, #"{"population": -5}"#),
            Self.point(87.6, 43.8, #"{"population": "many"}"#), Self.point(87.6, 43.8, #"{"population": 0}"#),
            Self.point(87.6, 43.8, #"{"population": true}"#), Self.point(0, 1, #"{"population": 1}"#),
        ])
        #expect(
            Self.fields { () throws(OasisError) in try Self.read(.residences, residences) } == [
                "$.features[0].properties.population", "$.features[1].properties.population", "$.features[2].properties.population",
                "$.features[4].properties.population",
            ])
        let shelters = Self.collection([
            Self.point(87.6, 43.8, #"{"class": "short_term", "effective_area_m2": 0}"#),
            Self.point(87.6, 43.8, #"{"class": "bunker", "effective_area_m2": 10}"#),
            Self.point(87.6, 43.8, #"{"effective_area_m2": 10}"#),
        ])
        #expect(
            Self.fields { () throws(OasisError) in try Self.read(.shelters, shelters) } == [
                "$.features[0].properties.effective_area_m2", "$.features[1].properties.class", "$.features[2].properties.class",
            ])
        let facilities = Self.collection([
            Self.point(87.6, 43.8, #"{"type": "casino"}"#), Self.point(87.6, 43.8, "null"),
            Self.point(87.6, 43.8, #"{"type": "clinic", "region_code": "65"}"#),
        ])
        #expect(
            Self.fields { () throws(OasisError) in try Self.read(.facilities, facilities) } == [
                "$.features[0].properties.type", "$.features[1].properties.type", "$.features[2].properties.region_code",
            ])
    }

    @Test("a Web Mercator file (crs member) and a GCJ-02 file (--crs) are converted to WGS-84")
    func conversion() throws {
        let mercator = try Self.read(
            .facilities,
            Self.collection([Self.point(9_753_457.56093609, 5_438_492.928241586, #"{"type": "clinic"}"#)], crs: "urn:ogc:def:crs:EPSG::3857"))
        #expect(mercator.coordinateSystem == .webMercator)
        guard case .point(let urumqi)? = mercator.features.first?.geometry else {
            Issue.record("not a point")
            return
        }
        #expect(abs(urumqi.longitude - 87.6168) < 1e-9 && abs(urumqi.latitude - 43.8256) < 1e-9)
        // Shanghai's published WGS-84 → GCJ-02 pair; a file labelled EPSG:4326 but given --crs gcj02 is GCJ-02.
        let gcj = try Self.read(
            .facilities, Self.collection([Self.point(121.531541859215, 31.17530398364597, #"{"type": "clinic"}"#)], crs: "EPSG:4326"), crs: .gcj02)
        guard case .point(let shanghai)? = gcj.features.first?.geometry else {
            Issue.record("not a point")
            return
        }
        #expect(abs(shanghai.longitude - 121.5272106) < 1e-7 && abs(shanghai.latitude - 31.1774276) < 1e-7)
        // Metres out of range are reported after conversion, naming the system.
        #expect(
            Self.fields { () throws(OasisError) in
                try Self.read(.facilities, Self.collection([Self.point(9e9, 1, #"{"type": "clinic"}"#)]), crs: .webMercator)
            } == ["$.features[0].geometry.coordinates"])
    }

    @Test("the access layer is written by analyses, not imported")
    func access() {
        #expect(throws: OasisError.self) { try Self.read(.access, Self.collection([])) }
    }
}
