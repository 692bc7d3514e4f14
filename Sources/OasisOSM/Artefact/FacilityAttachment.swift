import OasisRouting

/// Attaches classified facilities to a walking network by `NodeSnapper`'s rule: each facility goes to the
/// graph node nearest to its position by great-circle distance (a way's facility from its centroid), and
/// the snap distance is recorded. Facilities far from any walkable way (a snap of hundreds of metres) are
/// kept, not dropped: the snap distance in the export shows them.
public enum FacilityAttachment {
    public static func attach(_ facilities: [Facility], to network: WalkingNetwork) -> [AttachedFacility] {
        let snapper = NodeSnapper(longitudes: network.longitudes, latitudes: network.latitudes)
        return facilities.compactMap { facility in
            snapper.snap(longitude: facility.longitude, latitude: facility.latitude).map {
                AttachedFacility(
                    type: facility.type.rawValue, osmKind: facility.osmKind.rawValue, osmID: facility.osmID,
                    name: facility.name, longitude: facility.longitude, latitude: facility.latitude,
                    node: $0.node, snapDistance: $0.distance)
            }
        }
    }
}
