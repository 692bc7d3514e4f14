/// What the readers take from an OSM file: every node's id and position, the tags of tagged nodes, and
/// every way's node references and tags, in parallel flat arrays (struct of arrays) so that hundreds of
/// thousands of nodes cost a few arrays rather than one object each. Relations are counted, not kept.
/// Elements keep the order of the file.
public struct OSMExtract: Sendable, Equatable {
    /// Node `i`'s OSM id, latitude and longitude (WGS-84 degrees).
    public internal(set) var nodeIDs: [Int64] = []
    public internal(set) var latitudes: [Double] = []
    public internal(set) var longitudes: [Double] = []
    /// The positions (in the node arrays) of the nodes that carry tags, ascending.
    public internal(set) var taggedNodes: [Int] = []
    /// The tags of `taggedNodes[j]` are `taggedNodeTags[j]`.
    public internal(set) var taggedNodeTags = OSMTagList()
    /// Way `w`'s OSM id; its node references are `wayRefs[wayRefOffsets[w]..<wayRefOffsets[w + 1]]`
    /// (OSM node ids, which may name nodes outside a clipped extract); its tags are `wayTags[w]`.
    public internal(set) var wayIDs: [Int64] = []
    public internal(set) var wayRefOffsets: [Int] = [0]
    public internal(set) var wayRefs: [Int64] = []
    public internal(set) var wayTags = OSMTagList()
    /// Relations seen in the file; their members and tags are not read.
    public internal(set) var relationCount = 0

    public init() {}

    public var nodeCount: Int { nodeIDs.count }
    public var wayCount: Int { wayIDs.count }

    /// The OSM node ids way `way` passes through, in order.
    public func refs(ofWay way: Int) -> ArraySlice<Int64> {
        wayRefs[wayRefOffsets[way]..<wayRefOffsets[way + 1]]
    }

    /// Appends an untagged node (see `markLastNodeTagged`).
    mutating func appendNode(id: Int64, latitude: Double, longitude: Double) {
        nodeIDs.append(id)
        latitudes.append(latitude)
        longitudes.append(longitude)
    }

    /// Marks the most recently appended node as tagged; its tags must follow in `taggedNodeTags`.
    mutating func markLastNodeTagged() {
        taggedNodes.append(nodeIDs.count - 1)
    }

    /// Closes a way whose id was appended to `wayIDs` and whose refs and tags were appended.
    mutating func endWay() {
        wayRefOffsets.append(wayRefs.count)
        wayTags.endElement()
    }

    /// Appends everything in `other` after this extract's elements (used to join decoded blocks in file order).
    mutating func append(_ other: OSMExtract) {
        let nodeBase = nodeIDs.count
        nodeIDs.append(contentsOf: other.nodeIDs)
        latitudes.append(contentsOf: other.latitudes)
        longitudes.append(contentsOf: other.longitudes)
        taggedNodes.append(contentsOf: other.taggedNodes.lazy.map { $0 + nodeBase })
        taggedNodeTags.append(contentsOf: other.taggedNodeTags)
        let refBase = wayRefs.count
        wayIDs.append(contentsOf: other.wayIDs)
        wayRefs.append(contentsOf: other.wayRefs)
        wayRefOffsets.append(contentsOf: other.wayRefOffsets.dropFirst().lazy.map { $0 + refBase })
        wayTags.append(contentsOf: other.wayTags)
        relationCount += other.relationCount
    }

    /// Reserves room for the sum of several parts before appending them.
    mutating func reserveCapacity(for parts: [OSMExtract]) {
        let nodes = parts.reduce(0) { $0 + $1.nodeCount }
        nodeIDs.reserveCapacity(nodes)
        latitudes.reserveCapacity(nodes)
        longitudes.reserveCapacity(nodes)
        wayIDs.reserveCapacity(parts.reduce(0) { $0 + $1.wayCount })
        wayRefs.reserveCapacity(parts.reduce(0) { $0 + $1.wayRefs.count })
        wayRefOffsets.reserveCapacity(wayIDs.capacity + 1)
    }
}
