import Foundation
import OasisOSM
import OasisTestSupport
import Testing

@Suite("OSM PBF reader: bad input gives a clear error, never a crash")
struct PBFBadInputTests {
    static func readError(_ bytes: [UInt8], parallelism: Int = 2) -> OSMError? {
        do {
            _ = try OSMPBFReader(parallelism: parallelism).read(Data(bytes))
            return nil
        } catch {
            return error
        }
    }

    @Test("an empty file, random bytes and an XML file are not OSM PBF")
    func notPBF() throws {
        #expect(Self.readError([])?.kind == .notOSM)
        var generator = SplitMix64(seed: 7)
        for size in [1, 3, 5, 100, 10_000] {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let error = try #require(Self.readError(bytes), "random bytes (\(size)) were accepted")
            #expect(error.kind == .notOSM, "\(error)")
            #expect(error.message.hasPrefix("blob 0 at byte 0: "), "\(error)")
        }
        let xml = Self.readError(Array("<?xml version='1.0'?><osm></osm>".utf8))
        #expect(xml?.kind == .notOSM)
    }

    @Test("a first blob that is not OSMHeader, and an unknown blob type later, are named")
    func blobTypes() throws {
        let foreign = PBFTestWriter.blob(type: "GeoTIFF", payload: [1, 2, 3]) + PBFReaderTests.sampleFile()
        let first = try #require(Self.readError(foreign))
        #expect(first.kind == .notOSM)
        #expect(first.message.contains("blob 0 at byte 0") && first.message.contains("\"GeoTIFF\""), "\(first)")

        let later = PBFReaderTests.sampleFile() + PBFTestWriter.blob(type: "OSMIndex", payload: [1])
        let second = try #require(Self.readError(later))
        #expect(second.kind == .unsupported)
        #expect(
            second.message.contains("blob 2 at byte \(PBFReaderTests.sampleFile().count)") && second.message.contains("\"OSMIndex\""), "\(second)")
    }

    @Test("a required feature the reader does not implement is refused by name")
    func requiredFeature() throws {
        let file = PBFTestWriter.blob(type: "OSMHeader", payload: PBFTestWriter.headerBlock(required: ["OsmSchema-V0.6", "HistoricalInformation"]))
        let error = try #require(Self.readError(file))
        #expect(error.kind == .unsupported)
        #expect(error.message.contains("HistoricalInformation") && error.message.hasPrefix("blob 0 at byte 0: "), "\(error)")
    }

    @Test("blocks with indices outside the string table or inconsistent arrays are corrupt")
    func corruptBlocks() throws {
        let table = PBFTestWriter.field(1, bytes: PBFTestWriter.field(1, string: ""))
        let badKey =
            PBFTestWriter.field(1, bytes: PBFTestWriter.deltas([1]))
            + PBFTestWriter.field(8, bytes: PBFTestWriter.deltas([1]))
            + PBFTestWriter.field(9, bytes: PBFTestWriter.deltas([1]))
            + PBFTestWriter.field(10, bytes: PBFTestWriter.packed([42, 1, 0]))
        let missingLatitude =
            PBFTestWriter.field(1, bytes: PBFTestWriter.deltas([1, 2]))
            + PBFTestWriter.field(8, bytes: PBFTestWriter.deltas([1]))
            + PBFTestWriter.field(9, bytes: PBFTestWriter.deltas([1, 2]))
        let header = PBFTestWriter.blob(type: "OSMHeader", payload: PBFTestWriter.headerBlock())
        for (dense, expected) in [(badKey, "string index 42"), (missingLatitude, "2 ids but 1 latitudes")] {
            let block = table + PBFTestWriter.field(2, bytes: PBFTestWriter.field(2, bytes: dense))
            let error = try #require(Self.readError(header + PBFTestWriter.blob(type: "OSMData", payload: block)))
            #expect(error.kind == .corrupt)
            #expect(error.message.contains("blob 1 at byte \(header.count)") && error.message.contains(expected), "\(error)")
        }
        // A length that runs past the end of its block.
        let overrun = table + [0x12, 0x7F, 0x01]
        let error = try #require(Self.readError(header + PBFTestWriter.blob(type: "OSMData", payload: overrun)))
        #expect(error.kind == .truncated && error.message.contains("blob 1"), "\(error)")
    }

    @Test(
        "a truncated real file names the blob where it ends",
        .enabled(if: SharedData.runs("osm/kouvola_pyrosm_test.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/kouvola_pyrosm_test.osm.pbf"))))
    func truncated() throws {
        let url = try SharedData.require("osm/kouvola_pyrosm_test.osm.pbf")
        let bytes = try Array(Data(contentsOf: url))
        for cut in [bytes.count - 1, bytes.count / 2, 2_000] {
            let error = try #require(Self.readError(Array(bytes[..<cut])), "cut at \(cut) was accepted")
            #expect(error.kind == .truncated, "\(error)")
            #expect(error.message.contains("blob "), "\(error)")
        }
    }

    @Test(
        "damaged bytes anywhere in a real file: an error or a result, never a crash",
        .enabled(if: SharedData.runs("osm/kouvola_pyrosm_test.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/kouvola_pyrosm_test.osm.pbf"))))
    func damaged() throws {
        let url = try SharedData.require("osm/kouvola_pyrosm_test.osm.pbf")
        let original = try Array(Data(contentsOf: url))
        var generator = SplitMix64(seed: 2_025)
        var errors = 0
        for _ in 0..<150 {
            var bytes = original
            let position = Int(generator.next() % UInt64(bytes.count))
            bytes[position] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            if let error = Self.readError(bytes) {
                errors += 1
                #expect(error.message.contains("blob "), "\(error)")
            }
        }
        // Nearly every damaged byte lies in zlib data, whose checksum catches it.
        #expect(errors > 100)
        for cut in stride(from: 1, to: original.count, by: 997) {
            _ = Self.readError(Array(original[..<cut]), parallelism: 1)
        }
    }
}
