import OasisCore
import OasisServices

/// How a spatial layer is published as an OGC API collection: its id, titles and whether anyone may read it.
/// Facilities and shelters are public information (shelters must be made known to residents); residences carry
/// population and the access results are derived from them, so they need a signed-in reader.
struct OGCCollection: Sendable {
    let layer: SpatialLayer

    var id: String { layer.rawValue }
    var isPublic: Bool { layer == .facilities || layer == .shelters }

    var title: String {
        switch layer {
        case .facilities: "生活圈设施 Living-circle facilities"
        case .residences: "居住点与人口 Residences and population"
        case .shelters: "应急避难场所 Emergency shelters"
        case .communities: "社区 Communities"
        case .access: "步行可达性结果 Walking access results"
        }
    }

    var description: String {
        switch layer {
        case .facilities:
            "Kindergartens, schools, clinics, elderly care, markets and other facilities by living-circle type (GB 50180). 按生活圈类型分类的公共服务设施。"
        case .residences: "Residential buildings or areas with their population. 居住建筑或小区及其人口。"
        case .shelters: "Emergency shelters with effective area and class (GB 21734). 应急避难场所，含有效面积与类别。"
        case .communities:
            "Residential communities (points or outlines) whose complete-community checklist (2020 standard) the analyses check. 完整社区检查所用的社区（点或范围）。"
        case .access:
            "Walking distance from each residence to the nearest facility of each type, written by `oasis analyse access --record`. 各居住点到最近各类设施的步行距离。"
        }
    }

    static let all = SpatialLayer.allCases.map(OGCCollection.init(layer:))

    static func named(_ id: String) -> OGCCollection? { SpatialLayer(rawValue: id).map(OGCCollection.init(layer:)) }
}
