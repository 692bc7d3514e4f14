import Foundation
import OasisServices
import NIOCore

/// Encoded region lists, reused while the regions table is unchanged. The fingerprint (row count and latest
/// update time) costs one aggregate query instead of decoding and encoding every region on each request;
/// it also serves as the list's ETag.
final class RegionListCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (fingerprint: String, body: ByteBuffer)] = [:]

    func body(for key: String, fingerprint: String) -> ByteBuffer? {
        lock.withLock {
            guard let entry = entries[key], entry.fingerprint == fingerprint else { return nil }
            return entry.body
        }
    }

    func store(_ body: ByteBuffer, for key: String, fingerprint: String) {
        lock.withLock {
            if entries.count > 256 { entries.removeAll() }
            entries[key] = (fingerprint, body)
        }
    }
}
