import OasisCore

/// The SQL condition that limits a query to the regions an access may see: a region column must name
/// a region inside one of the access's scope regions (or be anything, for an unscoped access).
public struct ScopeFilter: Sendable {
    public let sql: String
    public let binds: [SQLValue]

    public init(access: StoreAccess, column: String) {
        let regions = access.scope.regions
        if regions.isEmpty {
            sql = "1 = 1"
            binds = []
        } else {
            let likes = Array(repeating: "path LIKE ?", count: regions.count).joined(separator: " OR ")
            sql = "\(column) IN (SELECT code FROM regions WHERE \(likes))"
            binds = regions.map { .text("%/\($0.rawValue)/%") }
        }
    }

    /// The condition that a region column names `region` or a region below it.
    public static func within(_ region: String, column: String) -> (sql: String, bind: SQLValue) {
        ("\(column) IN (SELECT code FROM regions WHERE path LIKE ?)", .text("%/\(region)/%"))
    }
}
