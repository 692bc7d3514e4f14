import Foundation
import OasisCore
import OasisImport
import OasisTestSupport
import Testing

/// Grids read from GeoJSON: closed, simple rings only, every problem naming the feature and field; and the
/// in-memory locator that intake uses (bounding box, then point-in-polygon).
@Suite("Grid files and the grid locator")
struct GridGeoJSONReaderTests {
    typealias File = GridFixture

    static func refusal(_ bytes: [UInt8]) -> OasisError? {
        do {
            _ = try GridGeoJSONReader.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("three squares are read with code, name and region; points inside each go to that grid, a point outside to none")
    func squares() throws {
        let grids = try GridGeoJSONReader.read(
            File.file(
                File.feature(#"{"code": "G1", "name": "一号网格", "region": "650102"}"#, File.square(87.60, 43.80)),
                File.feature(#"{"code": "G2", "name": "二号网格"}"#, File.square(87.61, 43.80)),
                File.feature(#"{"code": 6501020003}"#, File.square(87.60, 43.81))))
        #expect(grids.map(\.code) == ["G1", "G2", "6501020003"])
        #expect(grids.map(\.name) == ["一号网格", "二号网格", "6501020003"], "the code stands for a missing name")
        #expect(grids.map(\.region) == ["650102", nil, nil])
        let locator = GridLocator(grids)
        #expect(locator.locate(GeoPoint(longitude: 87.605, latitude: 43.805)) == "G1")
        #expect(locator.locate(GeoPoint(longitude: 87.615, latitude: 43.805)) == "G2")
        #expect(locator.locate(GeoPoint(longitude: 87.605, latitude: 43.815)) == "6501020003")
        #expect(locator.locate(GeoPoint(longitude: 87.615, latitude: 43.815)) == nil, "the fourth quarter holds no grid")
    }

    @Test("a bow-tie ring crosses itself: edges 0 and 2 meet at its middle; a square and a concave L-shape do not")
    func simplicity() {
        let p = { (x: Double, y: Double) in GeoPoint(longitude: x, latitude: y) }
        let bowTie = [p(0, 0), p(1, 1), p(1, 0), p(0, 1), p(0, 0)]
        #expect(RingSimplicity.firstCrossing(bowTie).map { [$0.0, $0.1] } == [0, 2])
        #expect(RingSimplicity.firstCrossing([p(0, 0), p(1, 0), p(1, 1), p(0, 1), p(0, 0)]) == nil)
        let shapeL = [p(0, 0), p(2, 0), p(2, 1), p(1, 1), p(1, 2), p(0, 2), p(0, 0)]
        #expect(RingSimplicity.firstCrossing(shapeL) == nil)
        // A spike folding back along its own edge: 0→2 then back to 1 on the same line.
        #expect(RingSimplicity.firstCrossing([p(0, 0), p(2, 0), p(1, 0), p(1, 1), p(0, 0)]) != nil)
        // A repeated position is a zero-length edge, not a crossing.
        #expect(RingSimplicity.firstCrossing([p(0, 0), p(1, 0), p(1, 0), p(1, 1), p(0, 1), p(0, 0)]) == nil)
    }

    @Test("a self-intersecting polygon is refused naming the feature and its ring; nothing is returned")
    func bowTieRefused() throws {
        let error = try #require(
            Self.refusal(File.file(File.feature(#"{"code": "G1"}"#, File.square(87.60, 43.80)), File.feature(#"{"code": "G2"}"#, File.bowTie))))
        #expect(error.code == "grid_file_invalid")
        #expect(error.details.map(\.field) == ["$.features[1].geometry.coordinates[0]"])
        #expect(error.details.first?.reason.contains("intersects itself") == true)
    }

    @Test("an unclosed ring, a missing code, a repeated code and a Point are each refused naming the feature's field")
    func badFeatures() throws {
        let open = try #require(Self.refusal(File.file(File.feature(#"{"code": "G1"}"#, File.unclosed))))
        #expect(open.details.map(\.field) == ["$.features[0].geometry.coordinates[0]"])
        #expect(open.details.first?.reason.contains("not closed") == true)
        let missing = try #require(Self.refusal(File.file(File.feature(#"{"name": "无编码"}"#, File.square(87.6, 43.8)))))
        #expect(missing.details.map(\.field) == ["$.features[0].properties.code"])
        let repeated = try #require(
            Self.refusal(
                File.file(File.feature(#"{"code": "G1"}"#, File.square(87.6, 43.8)), File.feature(#"{"code": "G1"}"#, File.square(87.7, 43.8)))))
        #expect(repeated.details.map(\.field) == ["$.features[1].properties.code"])
        let point = try #require(Self.refusal(File.file(File.feature(#"{"code": "G1"}"#, #"{"type": "Point", "coordinates": [87.6, 43.8]}"#))))
        #expect(point.details.map(\.field) == ["$.features[0].geometry.type"])
    }
}
