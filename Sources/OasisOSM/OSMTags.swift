/// The tags of one OSM element: a view into an `OSMTagList`, in file order.
public struct OSMTags: Sendable, RandomAccessCollection {
    let list: OSMTagList
    let range: Range<Int>

    public var startIndex: Int { range.lowerBound }
    public var endIndex: Int { range.upperBound }

    public subscript(position: Int) -> (key: String, value: String) {
        (list.keys[position], list.values[position])
    }

    /// The value of `key`, or nil when the element does not carry it.
    public subscript(key: String) -> String? {
        for index in range where list.keys[index] == key { return list.values[index] }
        return nil
    }

    /// The tags as a dictionary (for tests and display; the last value wins if a key repeats).
    public var dictionary: [String: String] {
        var result: [String: String] = [:]
        for index in range { result[list.keys[index]] = list.values[index] }
        return result
    }
}
