import Foundation
import NIOCore
import OasisServices
import Synchronization

/// Items pages already written for one snapshot of a layer, keyed by the API's base URL and the page's query, so
/// that a page asked for again (a client paging through, a map asking for the same box) is copied rather than
/// searched and written again. Each snapshot has its own cache, so a changed layer starts empty. Only the
/// `timeStamp` differs between two answers; it is written between the kept head and tail. Bounded: when it holds
/// `maximumPages` pages or `maximumBytes`, it is emptied.
final class OGCPageCache: Sendable {
    struct Key: Hashable {
        let base: String
        let query: String
    }

    /// A page up to its `timeStamp` value, and from the end of that value on.
    struct Page {
        let head: ByteBuffer
        let tail: ByteBuffer
    }

    static let maximumPages = 1_024
    static let maximumBytes = 16 * 1024 * 1024

    private struct Contents {
        var pages: [Key: Page] = [:]
        var bytes = 0
    }

    private let contents = Mutex(Contents())

    func page(_ key: Key) -> Page? {
        contents.withLock { $0.pages[key] }
    }

    func keep(_ page: Page, for key: Key) {
        let size = page.head.readableBytes + page.tail.readableBytes
        guard size <= Self.maximumBytes / 4 else { return }
        contents.withLock { contents in
            if contents.pages.count >= Self.maximumPages || contents.bytes + size > Self.maximumBytes {
                contents.pages.removeAll(keepingCapacity: true)
                contents.bytes = 0
            }
            if contents.pages.updateValue(page, forKey: key) == nil { contents.bytes += size }
        }
    }
}
