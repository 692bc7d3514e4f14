/// Finds a node's position in an `OSMExtract` from its OSM id: by binary search when the ids are sorted
/// ascending (as in PBF files sorted by type then id), otherwise through a hash table built once.
public struct OSMNodeLookup: Sendable {
    private let ids: [Int64]
    private let table: [Int64: Int]?

    public init(nodeIDs: [Int64]) {
        ids = nodeIDs
        var sorted = true
        for index in nodeIDs.indices.dropFirst() where nodeIDs[index - 1] >= nodeIDs[index] {
            sorted = false
            break
        }
        if sorted {
            table = nil
        } else {
            var table = [Int64: Int](minimumCapacity: nodeIDs.count)
            for (index, id) in nodeIDs.enumerated() where table[id] == nil { table[id] = index }
            self.table = table
        }
    }

    /// The position of node `id`, or nil when the extract does not contain it (the first if it repeats).
    public func index(of id: Int64) -> Int? {
        if let table { return table[id] }
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id ? low : nil
    }
}
