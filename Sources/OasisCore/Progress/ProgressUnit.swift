/// What a step counts: bytes of a file, or items (blocks, phases, facility types, shelters).
public enum ProgressUnit: String, Sendable, Codable {
    case bytes
    case items
}
