/// Reads what `ArtefactWriter` wrote: values, and arrays copied in bulk (one `memcpy` per array, no
/// per-element parsing). Every read checks the remaining length first and throws `truncated`.
struct ArtefactReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var remaining: Int { bytes.count - position }

    mutating func value<T: FixedWidthInteger>(_: T.Type, _ what: String) throws(NetworkArtefactError) -> T {
        try need(MemoryLayout<T>.size, what)
        let value = bytes.loadUnaligned(fromByteOffset: position, as: T.self)
        position += MemoryLayout<T>.size
        return T(littleEndian: value)
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type, count: Int, _ what: String) throws(NetworkArtefactError) -> [T] {
        let (size, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard count >= 0, !overflow else { throw NetworkArtefactError(.corrupt, "\(what): impossible count \(count)") }
        try need(size, what)
        let base = bytes.baseAddress
        let start = position
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if size > 0, let base { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: base + start, count: size)) }
            initialized = count
        }
        position += size
        skipPadding()
        return result
    }

    mutating func bytes(count: Int, _ what: String) throws(NetworkArtefactError) -> [UInt8] {
        try array(UInt8.self, count: count, what)
    }

    private mutating func skipPadding() {
        let remainder = position % 8
        if remainder != 0 { position = min(bytes.count, position + 8 - remainder) }
    }

    private func need(_ size: Int, _ what: String) throws(NetworkArtefactError) {
        guard size <= remaining else {
            throw NetworkArtefactError(
                .truncated,
                "the artefact ends inside \(what) (byte \(position) of \(bytes.count), \(size) bytes needed): it was cut short; build it again")
        }
    }
}
