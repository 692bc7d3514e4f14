import Dispatch
import Foundation
import OasisCore

/// Reads an OpenStreetMap PBF file (the format of planet and Geofabrik extracts) into an `OSMExtract`.
/// Written from the format's description on the OSM wiki: BlobHeader/Blob framing, raw or zlib blobs
/// (inflated with the system zlib), string tables, DenseNodes and Ways with delta coding; relations are
/// counted and skipped. Data blocks are decoded in parallel on up to `parallelism` threads and joined in
/// file order, so the result does not depend on the thread count. Truncated, corrupt or foreign input is
/// refused with an `OSMError` naming the blob index and byte offset; nothing is trusted without a bounds check.
public struct OSMPBFReader: Sendable {
    /// How many threads decode blocks at once (1 decodes on the calling thread).
    public var parallelism: Int
    /// Told the bytes of data blocks decoded (`ProgressStep.readOSM`).
    public var progress: ProgressReporter

    public init(parallelism: Int = ProcessInfo.processInfo.activeProcessorCount, progress: ProgressReporter = .silent) {
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }

    /// Reads the file at `url` (memory-mapped).
    public func read(contentsOf url: URL) throws(OSMError) -> OSMExtract {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw OSMError(.unreadable, "cannot read \(url.path): \(error.localizedDescription)")
        }
        return try read(data)
    }

    /// Reads a whole PBF file held in memory.
    public func read(_ data: Data) throws(OSMError) -> OSMExtract {
        let result = data.withUnsafeBytes { raw -> Result<OSMExtract, OSMError> in
            Result { () throws(OSMError) -> OSMExtract in try read(raw.bindMemory(to: UInt8.self)) }
        }
        return try result.get()
    }

    private func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(OSMError) -> OSMExtract {
        let blobs = try PBFFileScanner.blobs(in: bytes)
        var dataBlobs: [PBFBlobLocation] = []
        for blob in blobs {
            if blob.type == "OSMHeader" {
                do throws(OSMError) {
                    let payload = try PBFBlobDecoder.payload(bytes, blob.blobRange)
                    let header = payload.withUnsafeBufferPointer { buffer in
                        Result { () throws(OSMError) in try PBFHeaderBlock(buffer) }
                    }
                    try header.get().checkSupported()
                } catch {
                    throw error.located(blob.errorPrefix)
                }
            } else {
                dataBlobs.append(blob)
            }
        }
        let results = PBFBlockResults(count: dataBlobs.count)
        let workers = min(parallelism, dataBlobs.count)
        let shared = PBFSharedBytes(buffer: bytes)
        let tracker = progress.start(.readOSM, total: dataBlobs.reduce(0) { $0 + $1.blobRange.count }, unit: .bytes)
        if workers <= 1 {
            Self.decodeShare(0, of: 1, blobs: dataBlobs, in: shared, into: results, tracker: tracker)
        } else {
            let blobs = dataBlobs
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                Self.decodeShare(worker, of: workers, blobs: blobs, in: shared, into: results, tracker: tracker)
            }
        }
        if tracker.isCancelled { throw OSMError(.cancelled, "reading stopped: the work was cancelled") }
        let extract = try results.joined()
        tracker.finish()
        return extract
    }

    /// Worker `worker` of `workers` decodes blobs worker, worker + workers, worker + 2·workers …
    /// (blocks are of similar size, so striding balances the work).
    private static func decodeShare(
        _ worker: Int, of workers: Int, blobs: [PBFBlobLocation], in bytes: PBFSharedBytes, into results: PBFBlockResults,
        tracker: ProgressTracker
    ) {
        for position in stride(from: worker, to: blobs.count, by: workers) where !tracker.isCancelled {
            results.store(decode(bytes.buffer, blobs[position]), at: position)
            tracker.advance(by: blobs[position].blobRange.count)
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ blob: PBFBlobLocation) -> Result<OSMExtract, OSMError> {
        Result { () throws(OSMError) -> OSMExtract in
            do throws(OSMError) {
                let payload = try PBFBlobDecoder.payload(bytes, blob.blobRange)
                let block = payload.withUnsafeBufferPointer { buffer in
                    Result { () throws(OSMError) in try PBFPrimitiveBlockDecoder.decode(buffer) }
                }
                return try block.get()
            } catch {
                throw error.located(blob.errorPrefix)
            }
        }
    }
}
