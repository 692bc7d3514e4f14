extension SpatialGeometry {
    /// The GeoJSON geometry object as compact text. Written by hand rather than through JSONSerialization:
    /// layers hold hundreds of thousands of features and a geometry is only numbers in brackets.
    public var geoJSON: String {
        var text = "{\"type\":\"\(typeName)\",\"coordinates\":"
        switch self {
        case .point(let point): Self.append(point, to: &text)
        case .multiPoint(let points), .lineString(let points): Self.append(points, to: &text)
        case .polygon(let rings): Self.append(rings, to: &text)
        case .multiPolygon(let polygons):
            text += "["
            for (index, rings) in polygons.enumerated() {
                if index > 0 { text += "," }
                Self.append(rings, to: &text)
            }
            text += "]"
        }
        return text + "}"
    }

    static func append(_ point: GeoPoint, to text: inout String) {
        text += "[\(point.longitude),\(point.latitude)]"
    }

    static func append(_ points: [GeoPoint], to text: inout String) {
        text += "["
        for (index, point) in points.enumerated() {
            if index > 0 { text += "," }
            append(point, to: &text)
        }
        text += "]"
    }

    static func append(_ rings: [[GeoPoint]], to text: inout String) {
        text += "["
        for (index, ring) in rings.enumerated() {
            if index > 0 { text += "," }
            append(ring, to: &text)
        }
        text += "]"
    }
}
