import OasisCore
import Testing

@Suite("Geometry meets a box (OGC API bbox)")
struct SpatialGeometryIntersectsTests {
    static func p(_ longitude: Double, _ latitude: Double) -> GeoPoint { GeoPoint(longitude: longitude, latitude: latitude) }
    static func box(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> SpatialBox {
        SpatialBox(minLongitude: west, minLatitude: south, maxLongitude: east, maxLatitude: north)
    }

    /// An L: the square 0…2 × 0…2 without its upper-right quarter 1…2 × 1…2.
    static let ell = SpatialGeometry.polygon([[p(0, 0), p(2, 0), p(2, 1), p(1, 1), p(1, 2), p(0, 2), p(0, 0)]])

    @Test("points and multipoints: inside, on the edge, outside")
    func points() {
        #expect(SpatialGeometry.point(Self.p(1, 1)).intersects(Self.box(0, 0, 2, 2)))
        #expect(SpatialGeometry.point(Self.p(2, 1)).intersects(Self.box(0, 0, 2, 2)))
        #expect(!SpatialGeometry.point(Self.p(3, 1)).intersects(Self.box(0, 0, 2, 2)))
        #expect(SpatialGeometry.multiPoint([Self.p(5, 5), Self.p(1, 1)]).intersects(Self.box(0, 0, 2, 2)))
    }

    @Test("a line crossing the box with no vertex inside meets it; one passing beside it does not")
    func lines() {
        #expect(SpatialGeometry.lineString([Self.p(-1, 1), Self.p(3, 1)]).intersects(Self.box(0, 0, 2, 2)))
        #expect(SpatialGeometry.lineString([Self.p(-1, 0.5), Self.p(0.5, -1)]).intersects(Self.box(0, 0, 2, 2)) == false)
        #expect(SpatialGeometry.lineString([Self.p(-1, 1.5), Self.p(1.5, -1)]).intersects(Self.box(0, 0, 2, 2)))
    }

    @Test("polygons: a box in the L's notch is outside although the L's box holds it; a box inside the L, or holding it, meets it; a hole excludes")
    func polygons() {
        #expect(!Self.ell.intersects(Self.box(1.2, 1.2, 1.8, 1.8)))
        #expect(Self.ell.intersects(Self.box(0.2, 0.2, 0.4, 0.4)))
        #expect(Self.ell.intersects(Self.box(-1, -1, 3, 3)))
        #expect(Self.ell.intersects(Self.box(1.5, 0.5, 3, 1.5)))
        let framed = SpatialGeometry.polygon([
            [Self.p(0, 0), Self.p(4, 0), Self.p(4, 4), Self.p(0, 4), Self.p(0, 0)],
            [Self.p(1, 1), Self.p(3, 1), Self.p(3, 3), Self.p(1, 3), Self.p(1, 1)],
        ])
        #expect(!framed.intersects(Self.box(1.5, 1.5, 2.5, 2.5)))
        #expect(framed.intersects(Self.box(0.2, 0.2, 0.5, 0.5)))
        #expect(
            SpatialGeometry.multiPolygon([
                [[Self.p(10, 10), Self.p(11, 10), Self.p(11, 11), Self.p(10, 10)]], [[Self.p(0, 0), Self.p(2, 0), Self.p(2, 2), Self.p(0, 0)]],
            ])
            .intersects(Self.box(1.5, 0.2, 1.8, 0.5)))
    }
}
