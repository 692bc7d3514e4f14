/// Size limits of the OSM PBF format (OSM wiki, "PBF Format"): a reader refuses anything larger, which
/// also stops a corrupt length from asking for gigabytes.
enum PBFLimits {
    /// A BlobHeader is at most 64 KiB.
    static let maximumBlobHeaderSize = 64 * 1024
    /// A Blob, and the data it inflates to, is at most 32 MiB.
    static let maximumBlobSize = 32 * 1024 * 1024
    /// Required features this reader implements; any other required feature is refused.
    static let supportedRequiredFeatures: Set<String> = ["OsmSchema-V0.6", "DenseNodes"]
}
