import OasisCore
import Testing

@Suite("Coordinate systems")
struct CoordinateSystemTests {
    @Test("Web Mercator's published extent (±20,037,508.342789244 m) is ±180° and ±85.0511287798°")
    func webMercatorExtent() {
        let corner = CoordinateSystem.webMercator.toWGS84(GeoPoint(longitude: 20_037_508.342789244, latitude: 20_037_508.342789244))
        #expect(abs(corner.longitude - 180) < 1e-9)
        #expect(abs(corner.latitude - 85.0511287798066) < 1e-9)
        #expect(CoordinateSystem.webMercator.toWGS84(GeoPoint(longitude: 0, latitude: 0)) == GeoPoint(longitude: 0, latitude: 0))
    }

    @Test("Web Mercator metres of Urumqi convert back to its longitude, latitude, and round-trip")
    func webMercatorUrumqi() {
        let urumqi = CoordinateSystem.webMercator.toWGS84(GeoPoint(longitude: 9_753_457.56093609, latitude: 5_438_492.928241586))
        #expect(abs(urumqi.longitude - 87.6168) < 1e-9 && abs(urumqi.latitude - 43.8256) < 1e-9)
        let metres = CoordinateSystem.webMercator.fromWGS84(urumqi)
        #expect(abs(metres.longitude - 9_753_457.56093609) < 1e-6 && abs(metres.latitude - 5_438_492.928241586) < 1e-6)
    }

    @Test("CGCS2000 is taken as WGS-84 (they agree within centimetres)")
    func cgcs2000() {
        let point = GeoPoint(longitude: 75.9897, latitude: 39.4677)
        #expect(CoordinateSystem.cgcs2000.toWGS84(point) == point)
    }

    @Test("names: EPSG codes, their URN and URI forms, CRS84 and Oasis's own names; unknown names are nil")
    func names() {
        let cases: [(String, CoordinateSystem?)] = [
            ("EPSG:4326", .wgs84), ("urn:ogc:def:crs:OGC:1.3:CRS84", .wgs84), ("urn:ogc:def:crs:EPSG::4326", .wgs84),
            ("http://www.opengis.net/def/crs/OGC/1.3/CRS84", .wgs84), ("EPSG:4490", .cgcs2000), ("urn:ogc:def:crs:EPSG::4490", .cgcs2000),
            ("http://www.opengis.net/def/crs/EPSG/0/4490", .cgcs2000), ("EPSG:3857", .webMercator), ("EPSG:900913", .webMercator),
            ("urn:ogc:def:crs:EPSG::3857", .webMercator), ("wgs84", .wgs84), ("CGCS2000", .cgcs2000), ("gcj02", .gcj02),
            ("webmercator", .webMercator), ("EPSG:2385", nil), ("EPSG:4479", nil), ("bd09", nil), ("", nil), ("EPSG:", nil),
        ]
        for (name, expected) in cases {
            #expect(CoordinateSystem(name: name) == expected, "\(name)")
        }
    }
}
