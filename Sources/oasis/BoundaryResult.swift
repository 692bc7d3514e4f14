/// What `oasis policy boundary` stored: the region's urban development boundary and its polygon count.
struct BoundaryResult: Encodable {
    var region: String
    var name: String
    var polygons: Int
}
