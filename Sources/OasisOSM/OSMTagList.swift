/// The tags of many OSM elements in three flat arrays: element `i`'s tags are
/// `keys[offsets[i]..<offsets[i + 1]]` with their `values`. One list holds all nodes' or all ways' tags,
/// so reading a city costs no per-element allocations.
public struct OSMTagList: Sendable, Equatable {
    public private(set) var offsets: [Int] = [0]
    public private(set) var keys: [String] = []
    public private(set) var values: [String] = []

    public init() {}

    /// How many elements (not tags) the list holds.
    public var count: Int { offsets.count - 1 }

    /// The tags of element `index`.
    public subscript(index: Int) -> OSMTags {
        OSMTags(list: self, range: offsets[index]..<offsets[index + 1])
    }

    /// Adds one tag to the element being built; `endElement()` closes it.
    mutating func appendTag(key: String, value: String) {
        keys.append(key)
        values.append(value)
    }

    /// Closes the element being built (possibly with no tags).
    mutating func endElement() {
        offsets.append(keys.count)
    }

    /// Appends every element of `other`, in order.
    mutating func append(contentsOf other: OSMTagList) {
        let base = keys.count
        keys.append(contentsOf: other.keys)
        values.append(contentsOf: other.values)
        offsets.append(contentsOf: other.offsets.dropFirst().lazy.map { $0 + base })
    }

    mutating func reserveCapacity(elements: Int, tags: Int) {
        offsets.reserveCapacity(elements + 1)
        keys.reserveCapacity(tags)
        values.reserveCapacity(tags)
    }
}
