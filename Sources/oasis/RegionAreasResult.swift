/// What `oasis region areas` stored: how many regions' areas from which file.
struct RegionAreasResult: Encodable {
    var file: String
    var areas: Int
}
