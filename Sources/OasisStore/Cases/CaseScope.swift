import OasisCore

/// The SQL condition that keeps an access to its cases: inside its regions, and — for a user bound to
/// units — only cases its units hold now, handled before, or were summoned onto. One unit never sees another
/// unit's cases, through any route, because every case query goes through this.
struct CaseScope: Sendable {
    let sql: String
    let binds: [SQLValue]

    init(access: StoreAccess) {
        let regions = ScopeFilter(access: access, column: "region_code")
        var sql = access.scope.coversAllRegions ? "1 = 1" : "(\(regions.sql))"
        var binds = regions.binds
        let units = access.scope.units
        if !units.isEmpty {
            let marks = Placeholders.list(units.count)
            let summoned = Array(repeating: "summoned_units LIKE ?", count: units.count).joined(separator: " OR ")
            sql += " AND (unit IN (\(marks)) OR last_unit IN (\(marks)) OR \(summoned))"
            binds += units.map { .text($0) } + units.map { .text($0) } + units.map { .text("%" + JSONColumn.text($0) + "%") }
        }
        self.sql = sql
        self.binds = binds
    }
}
