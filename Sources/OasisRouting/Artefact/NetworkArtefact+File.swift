import Foundation
import OasisCore

/// The artefact file (format version 1), little-endian, every section 8-byte aligned:
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `OASISNET` |
/// | 4, 4 | format version, byte-order mark `0x0A0B0C0D` |
/// | 8 | total file length in bytes (a shorter file is truncated) |
/// | 8, 8, 8 | source fingerprint: file size, modification time (ns), rules digest |
/// | 8 × 5 | node count n, edge slots m (each undirected edge twice), facilities f, strings s, string bytes b |
/// | arrays | row offsets Int32[n+1], targets Int32[m], lengths Float64[m], longitudes, latitudes Float64[n], OSM ids Int64[n] |
/// | arrays | facility node Int32[f], type string UInt32[f], name string Int32[f] (−1: none), OSM kind string UInt32[f], OSM id Int64[f], longitude, latitude, snap distance Float64[f] |
/// | arrays | string offsets UInt32[s+1], UTF-8 bytes UInt8[b] |
/// | 8 | end mark `OASISEND` |
extension NetworkArtefact {
    public static let formatVersion: UInt32 = 1
    static let magic = Array("OASISNET".utf8)
    static let endMark = Array("OASISEND".utf8)
    static let byteOrderMark: UInt32 = 0x0A0B_0C0D

    /// Writes the artefact (atomically: a reader never sees half a file), reporting the encoding and
    /// the writing as the two items of `ProgressStep.writeArtefact`.
    public func write(to url: URL, progress: ProgressReporter = .silent) throws(NetworkArtefactError) {
        let tracker = progress.start(.writeArtefact, total: 2)
        let data = encoded()
        tracker.advance()
        do {
            try data.write(to: url, options: .atomic)
            tracker.finish()
        } catch {
            throw NetworkArtefactError(.unwritable, "cannot write the network artefact \(url.path): \(error.localizedDescription)")
        }
    }

    /// The file's bytes.
    public func encoded() -> Data {
        var strings = StringTable()
        let typeIndex = facilities.map { UInt32(strings.index(of: $0.type)) }
        let kindIndex = facilities.map { UInt32(strings.index(of: $0.osmKind)) }
        let nameIndex = facilities.map { $0.name.map { Int32(strings.index(of: $0)) } ?? -1 }
        var body = ArtefactWriter()
        body.append(array: graph.offsets)
        body.append(array: graph.targets)
        body.append(array: graph.lengths)
        body.append(array: longitudes)
        body.append(array: latitudes)
        body.append(array: nodeIDs)
        body.append(array: facilities.map { Int32($0.node) })
        body.append(array: typeIndex)
        body.append(array: nameIndex)
        body.append(array: kindIndex)
        body.append(array: facilities.map(\.osmID))
        body.append(array: facilities.map(\.longitude))
        body.append(array: facilities.map(\.latitude))
        body.append(array: facilities.map(\.snapDistance))
        body.append(array: strings.offsets)
        body.append(bytes: strings.bytes)
        var header = ArtefactWriter()
        header.append(bytes: Self.magic)
        header.append(Self.formatVersion)
        header.append(Self.byteOrderMark)
        let headerLength = 8 + 4 + 4 + 8 + 3 * 8 + 5 * 8
        header.append(UInt64(headerLength + body.data.count + Self.endMark.count))
        header.append(source.fileSize)
        header.append(source.fileModified)
        header.append(source.rulesDigest)
        header.append(UInt64(graph.nodeCount))
        header.append(UInt64(graph.targets.count))
        header.append(UInt64(facilities.count))
        header.append(UInt64(strings.offsets.count - 1))
        header.append(UInt64(strings.bytes.count))
        var file = header.data
        file.append(body.data)
        file.append(contentsOf: Self.endMark)
        return file
    }

    /// Loads an artefact, refusing a foreign file, another format version, a truncated file, or (when
    /// `expectedSource` is given) one built from other sources.
    /// Reading and decoding are the two items of `ProgressStep.loadArtefact`.
    public static func load(
        from url: URL, expectedSource: SourceFingerprint?,
        progress: ProgressReporter = .silent
    ) throws(NetworkArtefactError) -> NetworkArtefact {
        let tracker = progress.start(.loadArtefact, total: 2)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NetworkArtefactError(.unreadable, "cannot read the network artefact \(url.path): \(error.localizedDescription)")
        }
        tracker.advance()
        do {
            let artefact = try decode(data, expectedSource: expectedSource)
            tracker.finish()
            return artefact
        } catch {
            throw NetworkArtefactError(error.kind, "\(url.lastPathComponent): \(error.message)")
        }
    }

    /// Decodes the bytes of an artefact file (see `load(from:expectedSource:)`).
    public static func decode(_ data: Data, expectedSource: SourceFingerprint?) throws(NetworkArtefactError) -> NetworkArtefact {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(NetworkArtefactError) -> NetworkArtefact in try decode(raw, expectedSource: expectedSource) }
        }
        return try result.get()
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, expectedSource: SourceFingerprint?) throws(NetworkArtefactError) -> NetworkArtefact {
        guard raw.count >= magic.count, Array(raw.prefix(magic.count)) == magic else {
            throw NetworkArtefactError(
                .notAnArtefact, "this is not an Oasis network artefact (no OASISNET mark at the start); build one with `oasis network build`")
        }
        var reader = ArtefactReader(raw)
        _ = try reader.bytes(count: magic.count, "the magic")
        let version = try reader.value(UInt32.self, "the format version")
        guard version == formatVersion else {
            let which = version > formatVersion ? "a newer" : "an older"
            throw NetworkArtefactError(
                .unsupportedVersion,
                "the artefact has format version \(version), written by \(which) Oasis; this one reads version \(formatVersion): build it again with this Oasis"
            )
        }
        guard try reader.value(UInt32.self, "the byte-order mark") == byteOrderMark else {
            throw NetworkArtefactError(.unsupportedVersion, "the artefact was written on a machine of the other byte order: build it again here")
        }
        let total = try reader.value(UInt64.self, "the file length")
        guard total <= UInt64(raw.count) else {
            throw NetworkArtefactError(
                .truncated,
                "the artefact is \(raw.count) bytes but its header says \(total): it was cut short (an interrupted write or copy); build it again")
        }
        guard total == UInt64(raw.count) else {
            throw NetworkArtefactError(.corrupt, "the artefact is \(raw.count) bytes but its header says \(total)")
        }
        let source = SourceFingerprint(
            fileSize: try reader.value(UInt64.self, "the fingerprint"),
            fileModified: try reader.value(Int64.self, "the fingerprint"),
            rulesDigest: try reader.value(UInt64.self, "the fingerprint"))
        if let expectedSource, expectedSource != source {
            throw NetworkArtefactError(
                .stale,
                "the artefact is stale: it was built from a \(source), but the current one is a \(expectedSource); run `oasis network build` again")
        }
        let n = Int(try reader.value(UInt64.self, "the node count"))
        let m = Int(try reader.value(UInt64.self, "the edge count"))
        let f = Int(try reader.value(UInt64.self, "the facility count"))
        let s = Int(try reader.value(UInt64.self, "the string count"))
        let b = Int(try reader.value(UInt64.self, "the string length"))
        guard n >= 0, n < Int(Int32.max), m >= 0, m < Int(Int32.max), f >= 0, s >= 0, b >= 0 else {
            throw NetworkArtefactError(.corrupt, "impossible counts in the header (\(n) nodes, \(m) edge slots)")
        }
        let offsets = try reader.array(Int32.self, count: n + 1, "the row offsets")
        let targets = try reader.array(Int32.self, count: m, "the edge targets")
        let lengths = try reader.array(Double.self, count: m, "the edge lengths")
        let longitudes = try reader.array(Double.self, count: n, "the node longitudes")
        let latitudes = try reader.array(Double.self, count: n, "the node latitudes")
        let nodeIDs = try reader.array(Int64.self, count: n, "the node ids")
        let facilityNodes = try reader.array(Int32.self, count: f, "the facility nodes")
        let typeIndex = try reader.array(UInt32.self, count: f, "the facility types")
        let nameIndex = try reader.array(Int32.self, count: f, "the facility names")
        let kindIndex = try reader.array(UInt32.self, count: f, "the facility kinds")
        let osmIDs = try reader.array(Int64.self, count: f, "the facility ids")
        let facilityLongitudes = try reader.array(Double.self, count: f, "the facility longitudes")
        let facilityLatitudes = try reader.array(Double.self, count: f, "the facility latitudes")
        let snaps = try reader.array(Double.self, count: f, "the snap distances")
        let stringOffsets = try reader.array(UInt32.self, count: s + 1, "the string offsets")
        let stringBytes = try reader.bytes(count: b, "the strings")
        guard try reader.bytes(count: endMark.count, "the end mark") == endMark else {
            throw NetworkArtefactError(.corrupt, "the artefact's end mark is missing: the sections do not fit the header")
        }
        let graph: WalkingGraph
        do {
            graph = try WalkingGraph(offsets: offsets, targets: targets, lengths: lengths)
        } catch {
            throw NetworkArtefactError(.corrupt, "the artefact's graph is inconsistent: \(error.description)")
        }
        let strings = try StringTable.decode(offsets: stringOffsets, bytes: stringBytes)
        func string(_ index: Int, _ what: String) throws(NetworkArtefactError) -> String {
            guard index >= 0 && index < strings.count else {
                throw NetworkArtefactError(.corrupt, "\(what) refers to string \(index) of \(strings.count)")
            }
            return strings[index]
        }
        var facilities: [AttachedFacility] = []
        facilities.reserveCapacity(f)
        for index in 0..<f {
            let name = nameIndex[index] < 0 ? nil : try string(Int(nameIndex[index]), "facility \(index)'s name")
            facilities.append(
                AttachedFacility(
                    type: try string(Int(typeIndex[index]), "facility \(index)'s type"),
                    osmKind: try string(Int(kindIndex[index]), "facility \(index)'s kind"),
                    osmID: osmIDs[index], name: name,
                    longitude: facilityLongitudes[index], latitude: facilityLatitudes[index],
                    node: Int(facilityNodes[index]), snapDistance: snaps[index]))
        }
        return try NetworkArtefact(
            source: source, graph: graph, nodeIDs: nodeIDs, longitudes: longitudes, latitudes: latitudes,
            facilities: facilities)
    }
}
