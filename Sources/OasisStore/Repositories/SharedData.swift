/// Data that every server on one database holds in memory and must renew when any of them (or the CLI) changes
/// it. Each has a generation in the settings table (`generation.<name>`), set to a new random value in the
/// transaction that changes the data; a server compares the generations it last saw, one small read, and
/// reloads what changed (`SharedDataWatcher` in the services).
public enum SharedData: String, Sendable, CaseIterable {
    /// The working calendars (`calendar_years`, `calendar_office_hours`).
    case calendars
    /// The case taxonomy an operator loaded (setting `case_taxonomy`).
    case caseTaxonomy = "case_taxonomy"
    /// What routes a new case: regions, their areas and the routing rules (`CaseRoutingCache`).
    case caseRouting = "case_routing"
    /// The grids of grid management (`grids`), which intake routes cases by.
    case grids

    /// The settings key that holds the generation.
    var key: String { "generation." + rawValue }
}
