/// Why a network artefact could not be written or loaded. Every refusal says what to do about it.
public struct NetworkArtefactError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The file could not be read (missing, permissions).
        case unreadable
        /// The file could not be written.
        case unwritable
        /// Not an Oasis network artefact at all (bad magic).
        case notAnArtefact
        /// An artefact of another format version (older or newer than this Oasis reads).
        case unsupportedVersion
        /// Shorter than its header says: an interrupted write or copy.
        case truncated
        /// Built from another OSM file or other facility rules than the ones expected.
        case stale
        /// The sizes fit but the content does not describe a graph.
        case corrupt
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
