/// The priority queue of the searches: a 4-ary min-heap (shallower than a binary one, and a node's four
/// children share a cache line; measured faster here) of (distance, node) entries in one flat buffer
/// that the search keeps between runs. Entries are never decreased in place; a node pushed again with a
/// shorter distance leaves a stale entry that the search skips when popped ("lazy deletion"), which is
/// faster than keeping a position index for every node. A class only so the buffer is freed once.
final class SearchHeap {
    struct Entry {
        var distance: Double
        var node: Int32
    }

    private var storage: UnsafeMutablePointer<Entry>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1_024) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var isEmpty: Bool { count == 0 }

    func removeAll() { count = 0 }

    @inline(__always)
    func push(_ distance: Double, _ node: Int32) {
        if count == capacity { grow() }
        // Sift the hole up, then drop the entry in.
        var child = count
        count += 1
        while child > 0 {
            let parent = (child - 1) >> 2
            let above = storage[parent]
            guard distance < above.distance else { break }
            storage[child] = above
            child = parent
        }
        storage[child] = Entry(distance: distance, node: node)
    }

    /// Removes and returns the entry with the smallest distance; the heap must not be empty.
    @inline(__always)
    func popMin() -> Entry {
        let top = storage[0]
        count -= 1
        guard count > 0 else { return top }
        let last = storage[count]
        // Sift the hole down from the root, then drop the former last entry in.
        var parent = 0
        while true {
            let first = 4 * parent + 1
            guard first < count else { break }
            var child = first
            var smallest = storage[first].distance
            let end = min(first + 4, count)
            var other = first + 1
            while other < end {
                let candidate = storage[other].distance
                if candidate < smallest {
                    smallest = candidate
                    child = other
                }
                other += 1
            }
            guard smallest < last.distance else { break }
            storage[parent] = storage[child]
            parent = child
        }
        storage[parent] = last
        return top
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }
}
