import Foundation
import OasisCore
import OasisOSM
import OasisRouting
import OasisTestSupport
import Testing

@Suite("The OSM readers and the network build report their progress")
struct ReadProgressTests {
    @Test("the XML reader reports bytes scanned, monotone, ending at the document's length")
    func xml() throws {
        let nodes = (1...20_000).map { "<node id=\"\($0)\" lat=\"60.1\" lon=\"24.9\"/>" }.joined(separator: "\n")
        let document = "<osm version=\"0.6\">\n\(nodes)\n</osm>\n"
        let recorder = UpdateRecorder()
        let extract = try OSMXMLReader(progress: recorder.reporter).read(document)
        #expect(extract.nodeCount == 20_000)
        let counts = recorder.updates.map(\.completed)
        #expect(counts.first == 0)
        #expect(counts.last == document.utf8.count)
        #expect(counts.count > 2, "it reports along the way, not only at the ends")
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 < $1 })
        #expect(recorder.updates.allSatisfy { $0.step == .readOSM && $0.unit == .bytes })
    }

    @Test(
        "building from the Helsinki PBF reports reading, the three build phases and writing, each ending at 100 %",
        .enabled(if: SharedData.runs("osm/helsinki_center.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf"))))
    func helsinki() throws {
        let pbf = try SharedData.require("osm/helsinki_center.osm.pbf")
        let recorder = UpdateRecorder()
        let artefact = try NetworkArtefactBuilder(parallelism: 2, progress: recorder.reporter).build(file: pbf)
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString).oasisnet")
        defer { try? FileManager.default.removeItem(at: target) }
        try artefact.write(to: target, progress: recorder.reporter)
        let steps = recorder.updates.map(\.step).reduce(into: [ProgressStep]()) { order, step in if order.last != step { order.append(step) } }
        #expect(steps == [.readOSM, .buildNetwork, .writeArtefact])
        for step in [ProgressStep.readOSM, .buildNetwork, .writeArtefact] {
            let updates = recorder.updates.filter { $0.step == step }
            let counts = updates.map(\.completed)
            #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 < $1 }, "\(step) went backwards")
            #expect(updates.last?.isFinished == true, "\(step) did not end at 100 %")
        }
        #expect(recorder.updates.filter { $0.step == .buildNetwork }.map(\.completed) == [0, 1, 2, 3])
        #expect(recorder.updates.filter { $0.step == .readOSM }.count >= 2)
    }
}
