/// Why an OpenStreetMap file or a facility rule document could not be used. The message says where:
/// the blob index and byte offset in a PBF file, the line in an XML document, the rule in a rule file.
/// Readers throw this for every bad input; they never crash on one.
public struct OSMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is, for callers that map errors to outward codes.
    public enum Kind: String, Sendable, Equatable {
        /// The file could not be opened or read.
        case unreadable
        /// The file ends before a structure it announced is complete.
        case truncated
        /// A structure is malformed (bad varint, index out of range, inconsistent lengths, bad compression).
        case corrupt
        /// The input is not an OpenStreetMap file at all.
        case notOSM
        /// A valid file that needs a feature this reader does not implement (history files, lzma blobs …).
        case unsupported
        /// An XML document that is not well formed, or an OSM element with a missing or bad attribute.
        case malformedXML
        /// A facility rule document that cannot be used.
        case invalidRules
        /// The caller cancelled the reading (`ProgressReporter.isCancelled`); nothing is wrong with the file.
        case cancelled
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The same error with a location put in front of its message (for example "blob 3 at byte 1,024: ").
    func located(_ prefix: String) -> OSMError {
        OSMError(kind, prefix + message)
    }
}
