/// A `ResidentialPoint` attached to its nearest graph node (`NodeSnapper`'s rule); distances are measured
/// from that node, the snap distance is kept for reporting.
public struct AttachedResidence: Sendable, Hashable {
    public var point: ResidentialPoint
    public var node: Int
    public var snapDistance: Double

    public init(point: ResidentialPoint, node: Int, snapDistance: Double) {
        self.point = point
        self.node = node
        self.snapDistance = snapDistance
    }

    /// Attaches every point to the network (an empty network attaches none).
    public static func attach(_ points: [ResidentialPoint], to network: AccessNetwork) -> [AttachedResidence] {
        points.compactMap { point in
            network.snap(longitude: point.longitude, latitude: point.latitude).map {
                AttachedResidence(point: point, node: $0.node, snapDistance: $0.distance)
            }
        }
    }
}
