/// Hand-made grid files for the tests: GeoJSON FeatureCollections of squares of 0.01° and features as written.
public enum GridFixture {
    public static func feature(_ properties: String, _ geometry: String) -> String {
        #"{"type": "Feature", "properties": \#(properties), "geometry": \#(geometry)}"#
    }

    public static func file(_ features: String...) -> [UInt8] {
        Array(#"{"type": "FeatureCollection", "features": [\#(features.joined(separator: ", "))]}"#.utf8)
    }

    /// A square of 0.01° with its south-west corner at (lon, lat), closed.
    public static func square(_ lon: Double, _ lat: Double) -> String {
        let d = 0.01
        return
            #"{"type": "Polygon", "coordinates": [[[\#(lon), \#(lat)], [\#(lon + d), \#(lat)], [\#(lon + d), \#(lat + d)], [\#(lon), \#(lat + d)], [\#(lon), \#(lat)]]]}"#
    }

    /// G1 is 87.60–87.61 E × 43.80–43.81 N (in Urumqi's Tianshan District), G2 east of it, G3 north of it.
    public static let threeSquares = file(
        feature(#"{"code": "G1", "name": "一号网格", "region": "650102"}"#, square(87.60, 43.80)),
        feature(#"{"code": "G2", "name": "二号网格", "region": "650102"}"#, square(87.61, 43.80)),
        feature(#"{"code": "G3", "name": "三号网格"}"#, square(87.60, 43.81)))

    /// A bow-tie: its first and third edges cross at the middle.
    public static let bowTie = #"{"type": "Polygon", "coordinates": [[[87.62, 43.8], [87.63, 43.81], [87.63, 43.8], [87.62, 43.81], [87.62, 43.8]]]}"#

    /// Four positions, the last not repeating the first.
    public static let unclosed = #"{"type": "Polygon", "coordinates": [[[87.62, 43.8], [87.63, 43.8], [87.63, 43.81], [87.62, 43.81]]]}"#
}
