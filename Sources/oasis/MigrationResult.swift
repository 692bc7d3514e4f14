/// What `oasis migrate` did (or, with `--status`, found): the schema version before and after, the migrations
/// applied, and the version this build writes.
struct MigrationResult: Encodable {
    var database: String
    var from: Int
    var to: Int
    var applied: [Int]
    var buildVersion: Int
}
