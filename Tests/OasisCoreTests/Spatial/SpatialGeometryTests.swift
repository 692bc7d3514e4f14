import OasisCore
import Testing

@Suite("Spatial geometry")
struct SpatialGeometryTests {
    static func ring(_ pairs: [(Double, Double)]) -> [GeoPoint] { pairs.map { GeoPoint(longitude: $0.0, latitude: $0.1) } }

    @Test("the representative point of a square is its centre; of a U shape a point on the shape")
    func representativePoint() {
        let square = SpatialGeometry.polygon([Self.ring([(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)])])
        #expect(square.representativePoint == GeoPoint(longitude: 1, latitude: 1))
        let shapeU = [Self.ring([(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3), (0, 0)])]
        let point = SpatialGeometry.polygon(shapeU).representativePoint
        #expect(BoundaryArea(polygons: [shapeU]).contains(point))
        #expect(square.bbox == SpatialBox(minLongitude: 0, minLatitude: 0, maxLongitude: 2, maxLatitude: 2))
    }

    @Test("a line's representative point is halfway along it")
    func line() {
        let line = SpatialGeometry.lineString(Self.ring([(87.0, 43.0), (87.0, 43.1), (87.0, 43.3)]))
        #expect(abs(line.representativePoint.latitude - 43.15) < 1e-9)
    }

    @Test("a feature's GeoJSON text carries its id, geometry, typed numbers and other properties")
    func featureText() {
        let feature = SpatialFeature(
            layer: .shelters, externalID: "S1", region: "650102", kind: "short_term", name: "人民公园",
            geometry: .point(GeoPoint(longitude: 87.6, latitude: 43.8)), effectiveArea: 12_000,
            otherProperties: #"{"operator":"园林局"}"#)
        #expect(
            feature.geoJSON(id: 7)
                == #"{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[87.6,43.8]},"properties":{"class":"short_term","effective_area_m2":12000,"external_id":"S1","name":"人民公园","operator":"园林局","region_code":"650102"}}"#
        )
    }

    @Test("a bbox parameter is four numbers in order; anything else is refused naming bbox")
    func bbox() throws {
        #expect(
            try SpatialBox(parsing: "87.5,43.7,87.7,43.9") == SpatialBox(minLongitude: 87.5, minLatitude: 43.7, maxLongitude: 87.7, maxLatitude: 43.9)
        )
        for bad in ["87.5,43.7,87.7", "87.7,43.7,87.5,43.9", "a,b,c,d", "0,0,200,1"] {
            #expect(throws: OasisError.self) { try SpatialBox(parsing: bad) }
        }
    }
}
