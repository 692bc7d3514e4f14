import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// One layer held in memory for the OGC API: boxes in flat arrays (scanned for `bbox` without touching the
/// database), each feature's stored GeoJSON text, in id order, and the geometry of features that are not points
/// (a box meeting the query box is then checked against the outline itself).
struct LayerSnapshot: Sendable {
    let ids: [Int64]
    /// minLon, minLat, maxLon, maxLat per feature.
    let boxes: [Double]
    let texts: [String]
    /// nil for points, whose box is the point.
    let geometries: [SpatialGeometry?]
    let extent: SpatialBox?
    /// Items pages written from this snapshot.
    let pages = OGCPageCache()

    init(_ features: [SpatialFeatureBoxed]) {
        ids = features.map(\.id)
        texts = features.map(\.text)
        geometries = features.map { feature in
            let box = feature.box
            return box.minLongitude == box.maxLongitude && box.minLatitude == box.maxLatitude ? nil : StoredFeatureGeometry.decode(feature.text)
        }
        boxes = features.flatMap { [$0.box.minLongitude, $0.box.minLatitude, $0.box.maxLongitude, $0.box.maxLatitude] }
        extent = SpatialBox(
            covering: features.flatMap {
                [
                    GeoPoint(longitude: $0.box.minLongitude, latitude: $0.box.minLatitude),
                    GeoPoint(longitude: $0.box.maxLongitude, latitude: $0.box.maxLatitude),
                ]
            })
    }

    /// The features whose geometry meets `bbox` (all without one), `offset` skipped, at most `limit`, and how many
    /// matched in all.
    func page(bbox: SpatialBox?, limit: Int, offset: Int) -> SpatialFeaturePage {
        guard let bbox else {
            let start = min(offset, ids.count)
            let end = min(start + limit, ids.count)
            return SpatialFeaturePage(features: (start..<end).map { SpatialFeatureGeoJSON(id: ids[$0], text: texts[$0]) }, matched: ids.count)
        }
        var matched = 0
        var features: [SpatialFeatureGeoJSON] = []
        features.reserveCapacity(min(limit, 1_000))
        boxes.withUnsafeBufferPointer { box in
            for index in ids.indices {
                let base = index * 4
                guard box[base] <= bbox.maxLongitude, box[base + 2] >= bbox.minLongitude,
                    box[base + 1] <= bbox.maxLatitude, box[base + 3] >= bbox.minLatitude
                else { continue }
                if let geometry = geometries[index], !geometry.intersects(bbox) { continue }
                if matched >= offset && features.count < limit { features.append(SpatialFeatureGeoJSON(id: ids[index], text: texts[index])) }
                matched += 1
            }
        }
        return SpatialFeaturePage(features: features, matched: matched)
    }

    /// One feature by id (ids are in ascending order).
    func feature(_ id: Int64) -> SpatialFeatureGeoJSON? {
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id ? SpatialFeatureGeoJSON(id: id, text: texts[low]) : nil
    }
}
