/// Decodes one PrimitiveBlock (the inflated payload of an OSMData blob) into an `OSMExtract`:
/// DenseNodes and plain Nodes (ids, positions, tags), Ways (delta-coded node references, tags); relations
/// are counted and skipped. Positions honour the block's granularity and lat/lon offsets:
/// degrees = (offset + granularity × value) / 10⁹. Integer arithmetic wraps instead of trapping, so a
/// corrupt block gives wrong numbers or an error, never a crash.
struct PBFPrimitiveBlockDecoder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var strings: PBFStringTable
    private var granularity: Int64 = 100
    private var latitudeOffset: Int64 = 0
    private var longitudeOffset: Int64 = 0
    private var groups: [Range<Int>] = []
    private var keyScratch: [UInt64] = []
    private var valueScratch: [UInt64] = []
    private(set) var extract = OSMExtract()

    /// Decodes the block in `bytes`; the result is in `extract`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(OSMError) -> OSMExtract {
        var decoder = try PBFPrimitiveBlockDecoder(bytes)
        for group in decoder.groups { try decoder.decodeGroup(group) }
        return decoder.extract
    }

    /// PrimitiveBlock: 1 stringtable, 2 primitivegroup (repeated), 17 granularity, 18 date_granularity,
    /// 19 lat_offset, 20 lon_offset. Groups are decoded after the whole block is scanned, because the
    /// granularity may follow them.
    private init(_ bytes: UnsafeBufferPointer<UInt8>) throws(OSMError) {
        self.bytes = bytes
        var reader = ProtobufReader(bytes, range: 0..<bytes.count, context: "PrimitiveBlock")
        var stringTable: Range<Int>?
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited): stringTable = try reader.lengthDelimited()
            case (2, .lengthDelimited): groups.append(try reader.lengthDelimited())
            case (17, .varint):
                granularity = Int64(truncatingIfNeeded: try reader.varint())
                guard granularity > 0 else { throw OSMError(.corrupt, "the PrimitiveBlock's granularity \(granularity) is not positive") }
            case (19, .varint): latitudeOffset = Int64(bitPattern: try reader.varint())
            case (20, .varint): longitudeOffset = Int64(bitPattern: try reader.varint())
            default: try reader.skip(field.wireType)
            }
        }
        strings = try PBFStringTable(bytes, range: stringTable)
    }

    @inline(__always)
    private func latitude(_ value: Int64) -> Double {
        Double(latitudeOffset &+ granularity &* value) / 1_000_000_000
    }

    @inline(__always)
    private func longitude(_ value: Int64) -> Double {
        Double(longitudeOffset &+ granularity &* value) / 1_000_000_000
    }

    /// PrimitiveGroup: 1 nodes, 2 dense, 3 ways, 4 relations, 5 changesets.
    private mutating func decodeGroup(_ range: Range<Int>) throws(OSMError) {
        var reader = ProtobufReader(bytes, range: range, context: "PrimitiveGroup")
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited): try decodeNode(try reader.lengthDelimited())
            case (2, .lengthDelimited): try decodeDenseNodes(try reader.lengthDelimited())
            case (3, .lengthDelimited): try decodeWay(try reader.lengthDelimited())
            case (4, .lengthDelimited):
                _ = try reader.lengthDelimited()
                extract.relationCount += 1
            default: try reader.skip(field.wireType)
            }
        }
    }

    /// DenseNodes: 1 id (sint64, delta), 5 denseinfo, 8 lat (sint64, delta), 9 lon (sint64, delta),
    /// 10 keys_vals (int32: key, value, key, value, …, 0 after each node; empty when no node has tags).
    private mutating func decodeDenseNodes(_ range: Range<Int>) throws(OSMError) {
        var reader = ProtobufReader(bytes, range: range, context: "DenseNodes")
        let first = extract.nodeIDs.count
        var id: Int64 = 0
        var lat: Int64 = 0
        var lon: Int64 = 0
        var keysVals: [Range<Int>] = []
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch field.number {
            case 1:
                try reader.forEachVarint(field.wireType) { raw throws(OSMError) in
                    id &+= ProtobufReader.zigzag(raw)
                    extract.nodeIDs.append(id)
                }
            case 8:
                try reader.forEachVarint(field.wireType) { raw throws(OSMError) in
                    lat &+= ProtobufReader.zigzag(raw)
                    extract.latitudes.append(latitude(lat))
                }
            case 9:
                try reader.forEachVarint(field.wireType) { raw throws(OSMError) in
                    lon &+= ProtobufReader.zigzag(raw)
                    extract.longitudes.append(longitude(lon))
                }
            case 10 where field.wireType == .lengthDelimited:
                keysVals.append(try reader.lengthDelimited())
            default:
                try reader.skip(field.wireType)
            }
        }
        let count = extract.nodeIDs.count - first
        guard extract.latitudes.count - first == count, extract.longitudes.count - first == count else {
            throw OSMError(
                .corrupt,
                "DenseNodes has \(count) ids but \(extract.latitudes.count - first) latitudes and \(extract.longitudes.count - first) longitudes")
        }
        guard !keysVals.isEmpty else { return }
        guard keysVals.count == 1, let tagRange = keysVals.first else {
            throw OSMError(.corrupt, "DenseNodes has keys_vals in \(keysVals.count) separate runs")
        }
        var tags = ProtobufReader(bytes, range: tagRange, context: "DenseNodes keys_vals")
        for node in first..<first + count {
            guard !tags.isAtEnd else {
                throw OSMError(.corrupt, "DenseNodes keys_vals ends after \(node - first) of \(count) nodes")
            }
            var tagged = false
            while true {
                let key = try tags.varint()
                if key == 0 { break }
                let value = try tags.varint()
                extract.taggedNodeTags.appendTag(key: try strings.string(key), value: try strings.string(value))
                tagged = true
            }
            if tagged {
                extract.taggedNodes.append(node)
                extract.taggedNodeTags.endElement()
            }
        }
    }

    /// Node: 1 id (sint64), 2 keys, 3 vals (packed uint32 string indices), 4 info, 8 lat, 9 lon (sint64).
    private mutating func decodeNode(_ range: Range<Int>) throws(OSMError) {
        var reader = ProtobufReader(bytes, range: range, context: "Node")
        var id: Int64?
        var lat: Int64?
        var lon: Int64?
        keyScratch.removeAll(keepingCapacity: true)
        valueScratch.removeAll(keepingCapacity: true)
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (1, .varint): id = try reader.signedVarint()
            case (2, _): try reader.forEachVarint(field.wireType) { keyScratch.append($0) }
            case (3, _): try reader.forEachVarint(field.wireType) { valueScratch.append($0) }
            case (8, .varint): lat = try reader.signedVarint()
            case (9, .varint): lon = try reader.signedVarint()
            default: try reader.skip(field.wireType)
            }
        }
        guard let id, let lat, let lon else { throw OSMError(.corrupt, "a Node lacks its id, lat or lon") }
        extract.appendNode(id: id, latitude: latitude(lat), longitude: longitude(lon))
        if try appendScratchTags(toWays: false, element: "node \(id)") {
            extract.markLastNodeTagged()
            extract.taggedNodeTags.endElement()
        }
    }

    /// Way: 1 id (int64), 2 keys, 3 vals, 4 info, 8 refs (sint64, delta); 9 and 10 (locations on ways) are skipped.
    private mutating func decodeWay(_ range: Range<Int>) throws(OSMError) {
        var reader = ProtobufReader(bytes, range: range, context: "Way")
        var id: Int64?
        keyScratch.removeAll(keepingCapacity: true)
        valueScratch.removeAll(keepingCapacity: true)
        let firstRef = extract.wayRefs.count
        var ref: Int64 = 0
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (1, .varint): id = Int64(bitPattern: try reader.varint())
            case (2, _): try reader.forEachVarint(field.wireType) { keyScratch.append($0) }
            case (3, _): try reader.forEachVarint(field.wireType) { valueScratch.append($0) }
            case (8, _):
                try reader.forEachVarint(field.wireType) { raw throws(OSMError) in
                    ref &+= ProtobufReader.zigzag(raw)
                    extract.wayRefs.append(ref)
                }
            default: try reader.skip(field.wireType)
            }
        }
        guard let id else {
            extract.wayRefs.removeSubrange(firstRef...)
            throw OSMError(.corrupt, "a Way has no id")
        }
        extract.wayIDs.append(id)
        _ = try appendScratchTags(toWays: true, element: "way \(id)")
        extract.endWay()
    }

    /// Appends the tags gathered in the key and value scratch arrays to the ways' or the nodes' tag list;
    /// says whether there were any.
    private mutating func appendScratchTags(toWays: Bool, element: @autoclosure () -> String) throws(OSMError) -> Bool {
        guard keyScratch.count == valueScratch.count else {
            throw OSMError(.corrupt, "\(element()) has \(keyScratch.count) tag keys but \(valueScratch.count) values")
        }
        for index in keyScratch.indices {
            let key = try strings.string(keyScratch[index])
            let value = try strings.string(valueScratch[index])
            if toWays {
                extract.wayTags.appendTag(key: key, value: value)
            } else {
                extract.taggedNodeTags.appendTag(key: key, value: value)
            }
        }
        return !keyScratch.isEmpty
    }
}
