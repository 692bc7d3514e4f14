import OasisCore
import Testing

@Suite("GCJ-02 ↔ WGS-84")
struct ChinaCoordinatesTests {
    /// Widely published reference pairs (WGS-84 → GCJ-02) for Shanghai, Shenzhen and Beijing.
    static let pairs: [(wgs: GeoPoint, gcj: GeoPoint)] = [
        (GeoPoint(longitude: 121.5272106, latitude: 31.1774276), GeoPoint(longitude: 121.531541859215, latitude: 31.17530398364597)),
        (GeoPoint(longitude: 113.912316, latitude: 22.543847), GeoPoint(longitude: 113.9171764808363, latitude: 22.540796131694766)),
        (GeoPoint(longitude: 116.377817, latitude: 39.911954), GeoPoint(longitude: 116.38404722455657, latitude: 39.91334545536069)),
    ]

    @Test("the forward offset reproduces the reference points")
    func forward() {
        for pair in Self.pairs {
            let gcj = ChinaCoordinates.gcj02(fromWGS84: pair.wgs)
            #expect(abs(gcj.latitude - pair.gcj.latitude) < 1e-9)
            #expect(abs(gcj.longitude - pair.gcj.longitude) < 1e-9)
        }
    }

    @Test("the iterative inverse recovers WGS-84 to better than 1e-6 degrees, and round-trips")
    func inverse() {
        for pair in Self.pairs {
            let wgs = ChinaCoordinates.wgs84(fromGCJ02: pair.gcj)
            #expect(abs(wgs.latitude - pair.wgs.latitude) < 1e-7)
            #expect(abs(wgs.longitude - pair.wgs.longitude) < 1e-7)
            let back = ChinaCoordinates.gcj02(fromWGS84: wgs)
            #expect(abs(back.latitude - pair.gcj.latitude) < 1e-9)
            #expect(abs(back.longitude - pair.gcj.longitude) < 1e-9)
        }
        // Urumqi, far west.
        let urumqi = GeoPoint(longitude: 87.6168, latitude: 43.8256)
        let there = ChinaCoordinates.wgs84(fromGCJ02: ChinaCoordinates.gcj02(fromWGS84: urumqi))
        #expect(abs(there.latitude - urumqi.latitude) < 1e-7 && abs(there.longitude - urumqi.longitude) < 1e-7)
    }

    @Test("points outside China are unchanged both ways")
    func outside() {
        for point in [
            GeoPoint(longitude: -118.294017712, latitude: 34.0676390557), GeoPoint(longitude: -0.1276, latitude: 51.5072),
            GeoPoint(longitude: 151.2093, latitude: -33.8688),
        ] {
            #expect(ChinaCoordinates.isOutsideChina(point))
            #expect(ChinaCoordinates.gcj02(fromWGS84: point) == point)
            #expect(ChinaCoordinates.wgs84(fromGCJ02: point) == point)
            #expect(CoordinateSystem.gcj02.toWGS84(point) == point)
        }
    }
}
