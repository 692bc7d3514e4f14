/// The mapped file, shared read-only by the threads that decode its blocks. Unchecked: nothing writes
/// to the bytes, and `OSMPBFReader` keeps them alive until every thread has finished.
struct PBFSharedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
}
