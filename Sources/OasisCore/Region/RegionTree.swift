/// Regions arranged as a tree, for display and for scope checks in memory.
public struct RegionTree: Sendable {
    public struct Node: Sendable {
        public var region: Region
        public var children: [Node]
    }

    public private(set) var roots: [Node]

    /// Builds the tree; a region whose parent is not in the list becomes a root.
    public init(_ regions: [Region]) {
        let codes = Set(regions.map(\.code))
        var childrenByParent: [RegionCode: [Region]] = [:]
        var rootRegions: [Region] = []
        for region in regions {
            if let parent = region.parentCode, codes.contains(parent) {
                childrenByParent[parent, default: []].append(region)
            } else {
                rootRegions.append(region)
            }
        }
        func build(_ region: Region) -> Node {
            let children = (childrenByParent[region.code] ?? []).sorted { $0.code < $1.code }
            return Node(region: region, children: children.map(build))
        }
        roots = rootRegions.sorted { $0.code < $1.code }.map(build)
    }

    /// Every node in depth-first order with its depth.
    public func flattened() -> [(depth: Int, region: Region)] {
        var result: [(Int, Region)] = []
        func walk(_ node: Node, _ depth: Int) {
            result.append((depth, node.region))
            for child in node.children { walk(child, depth + 1) }
        }
        for root in roots { walk(root, 0) }
        return result
    }
}
