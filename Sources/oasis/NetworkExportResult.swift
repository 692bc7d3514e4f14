/// What `oasis network export` wrote: the CSV files in their folder, and how many nodes and facilities.
struct NetworkExportResult: Encodable {
    var folder: String
    var files: [String]
    var nodes: Int
    var facilities: Int
}
