import OasisCore
import OasisStore

extension CaseService {
    /// The grid of a case at intake: the one whose area holds its location, from the grids in memory (`GridBox`,
    /// no query per case); a case that already names one, or has no location, keeps what it has.
    func grid(of item: HotlineCase) async throws -> String? {
        guard item.grid == nil, let location = item.location else { return item.grid }
        return try await grids.current(store).locate(location)
    }

    /// An event a grid worker found on patrol, entered into the loop like any case with the channel `patrol`: it
    /// needs a location inside one of the worker's grids (400 naming `location` otherwise; 403 for a user assigned
    /// to no grid). It is then routed and registered as every case is.
    public func submitPatrol(_ input: CaseInput, by principal: Principal) async throws -> HotlineCase {
        var assigned: [String] = []
        if let user = principal.userID { assigned = try await store.grids.grids(ofUser: user) }
        let access = try principal.patrolAccess(assignedGrids: assigned)
        var patrol = input
        patrol.channel = GridMetrics.patrolChannel
        var regionExists = true
        if let region = input.region { regionExists = try await store.regions.get(try RegionCode(region)) != nil }
        let now = store.clock.now().wholeMilliseconds
        var item = try intakeValidator.validate(patrol, regionExists: regionExists, channel: GridMetrics.patrolChannel, at: now)
        item.grid = try await grid(of: item)
        guard let grid = item.grid, assigned.contains(grid) else {
            let reason =
                item.location == nil
                ? "a patrol event needs its location (longitude, latitude)"
                : "the location lies \(item.grid.map { "in grid \($0)" } ?? "in no grid"); you patrol \(assigned.joined(separator: ", "))"
            throw OasisError.invalid(
                code: "patrol_outside_grid", message: "A patrol event lies inside a grid its worker patrols.",
                details: [.init(field: "location", reason: reason)])
        }
        return try await register(item, at: now, by: access)
    }
}
