import Foundation
import Synchronization

/// The decoded blocks of one file, filled in by parallel workers under a lock, one slot per data blob.
final class PBFBlockResults: Sendable {
    private let slots: Mutex<[Result<OSMExtract, OSMError>?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func store(_ result: Result<OSMExtract, OSMError>, at index: Int) {
        slots.withLock { $0[index] = result }
    }

    /// The blocks in file order, or the error of the first blob (in file order) that failed.
    func joined() throws(OSMError) -> OSMExtract {
        let slots = self.slots.withLock { $0 }
        var parts: [OSMExtract] = []
        parts.reserveCapacity(slots.count)
        for slot in slots {
            switch slot {
            case .success(let part): parts.append(part)
            case .failure(let error): throw error
            case nil: throw OSMError(.corrupt, "a block was not decoded")
            }
        }
        if parts.count == 1, let only = parts.first { return only }
        var extract = OSMExtract()
        extract.reserveCapacity(for: parts)
        for part in parts { extract.append(part) }
        return extract
    }
}
