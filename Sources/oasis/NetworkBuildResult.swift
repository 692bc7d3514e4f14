/// What `oasis network build` wrote: the artefact, its walking graph's size and its facilities by type.
struct NetworkBuildResult: Encodable {
    var output: String
    var nodes: Int
    var edges: Int
    var facilities: Int
    var facilitiesByType: [String: Int]
}
