extension Principal {
    /// The access of a grid worker entering what they found on patrol: the assignment to a grid is what permits it,
    /// whatever the user's role. `assignedGrids` are the grids the store holds the user assigned to; none → 403.
    public func patrolAccess(assignedGrids: [String]) throws(OasisError) -> StoreAccess {
        guard kind == .user, userID != nil, !assignedGrids.isEmpty else {
            throw OasisError.forbidden("Only a grid worker (a user assigned to a grid) enters events found on patrol.")
        }
        return StoreAccess(self)
    }
}
