/// The OSM file a background analysis walks on: kept in the network folder under `file`, with the name it was
/// uploaded under, its size and its SHA-256.
public struct AnalysisJobNetwork: Sendable, Hashable, Codable {
    public var file: String
    public var name: String
    public var bytes: Int
    public var sha256: String

    public init(file: String, name: String, bytes: Int, sha256: String) {
        self.file = file
        self.name = name
        self.bytes = bytes
        self.sha256 = sha256
    }
}
