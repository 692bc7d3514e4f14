import Foundation
import NIOCore
import OasisServices
import Synchronization

/// Encoded region lists, reused while the regions table is unchanged. The fingerprint (row count and latest
/// update time) costs one aggregate query instead of decoding and encoding every region on each request;
/// it also serves as the list's ETag.
final class RegionListCache: Sendable {
    private let entries = Mutex<[String: (fingerprint: String, body: ByteBuffer)]>([:])

    func body(for key: String, fingerprint: String) -> ByteBuffer? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.fingerprint == fingerprint else { return nil }
            return entry.body
        }
    }

    func store(_ body: ByteBuffer, for key: String, fingerprint: String) {
        entries.withLock { entries in
            if entries.count > 256 { entries.removeAll() }
            entries[key] = (fingerprint, body)
        }
    }
}
