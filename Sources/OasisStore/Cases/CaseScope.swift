import OasisCore

/// The SQL condition that keeps an access to its cases: inside its regions, and — for a user bound to
/// units — only cases its units hold now, handled before, or were summoned onto. One unit never sees another
/// unit's cases, through any route, because every case query goes through this.
///
/// A case whose region is not known (reported without a location inside any stored area and without a region)
/// waits in the top-level queue: an access sees it when its scope covers every stored region (the city's or
/// province's dispatchers, above every district it could belong to), never a district's.
struct CaseScope: Sendable {
    let sql: String
    let binds: [SQLValue]

    init(access: StoreAccess) {
        let regions = ScopeFilter(access: access, column: "region_code")
        var sql = "1 = 1"
        var binds: [SQLValue] = []
        if !access.scope.coversAllRegions {
            let likes = access.scope.regions.map { SQLValue.text("%/\($0.rawValue)/%") }
            let outside = Array(repeating: "path LIKE ?", count: likes.count).joined(separator: " OR ")
            sql =
                "(\(regions.sql) OR (region_code IS NULL AND EXISTS (SELECT 1 FROM regions) AND NOT EXISTS (SELECT 1 FROM regions WHERE NOT (\(outside)))))"
            binds = regions.binds + likes
        }
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
