import Foundation
import OasisCore

/// Reads an OpenStreetMap XML document (`.osm`, also bzip2- or gzip-compressed) into an `OSMExtract`:
/// `<node id lat lon>` with `<tag k v>` children, `<way id>` with `<nd ref>` and `<tag>` children;
/// relations are counted and skipped. The document is held in memory (decompressed if need be) and
/// scanned once as a stream of element events; no tree is built. For large areas prefer PBF, which is
/// several times smaller and faster to read. Malformed XML and OSM elements with missing or bad attributes are refused with an
/// `OSMError` naming the line.
public struct OSMXMLReader: Sendable {
    /// Told the bytes of the (decompressed) document scanned (`ProgressStep.readOSM`).
    public var progress: ProgressReporter

    public init(progress: ProgressReporter = .silent) {
        self.progress = progress
    }

    /// Reads the file at `url`, decompressing it first if it starts with bzip2 or gzip magic bytes.
    public func read(contentsOf url: URL) throws(OSMError) -> OSMExtract {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw OSMError(.unreadable, "cannot read \(url.path): \(error.localizedDescription)")
        }
        return try read(CompressedInput.bytes(of: data))
    }

    /// Reads an uncompressed document.
    public func read(_ text: String) throws(OSMError) -> OSMExtract {
        try read(Array(text.utf8))
    }

    /// Reads an uncompressed document held as UTF-8 bytes.
    public func read(_ bytes: [UInt8]) throws(OSMError) -> OSMExtract {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(OSMError) -> OSMExtract in
                let tracker = progress.start(.readOSM, total: buffer.count, unit: .bytes)
                var builder = OSMXMLExtractBuilder(scanner: XMLScanner(buffer), tracker: tracker)
                let extract = try builder.run()
                tracker.finish()
                return extract
            }
        }
        return try result.get()
    }
}
