import OasisCore
import OasisRouting
import Synchronization
import Testing

@Suite("A cancelled reporter stops a long step between its items")
struct CancelledStepTests {
    /// A reporter that answers "cancelled" once `after` items of any step were reported done.
    final class CancelAfter: Sendable {
        let done = Mutex(0)
        let after: Int
        init(after: Int) { self.after = after }

        var reporter: ProgressReporter {
            ProgressReporter(
                { update in if update.completed > 0 { self.done.withLock { $0 = max($0, update.completed) } } },
                isCancelled: { self.done.withLock { $0 >= self.after } })
        }
    }

    @Test("the facility types after the cancelling one are not searched: they come back unreached")
    func facilityDistances() throws {
        // A 3 × 3 grid of 100 m blocks; a type at each of three corners.
        let network = try GridNetwork.make(size: 3)
        let sources = ["a": [0], "b": [2], "c": [8]]
        let all = FacilityDistances(graph: network.graph, sources: sources, limit: 1_000, parallelism: 1)
        #expect(all.distance("b", from: 0) == 200 && all.distance("c", from: 0) == 400)
        let stopped = FacilityDistances(
            graph: network.graph, sources: sources, limit: 1_000, parallelism: 1, progress: CancelAfter(after: 1).reporter)
        // Types run in name order: "a" was searched, then the reporter said stop.
        #expect(stopped.distance("a", from: 2) == 200)
        #expect(stopped.distance("b", from: 2) == .infinity && stopped.distance("c", from: 8) == .infinity)
    }

    @Test("the shelters after the cancelling one are left out of the assessment")
    func shelters() throws {
        let network = try GridNetwork.make(size: 3)
        let shelters = (0..<3).map { index in
            let at = GridNetwork.position(column: Double(index), row: 0)
            return Shelter(
                id: "s\(index)", district: "d", longitude: at.longitude, latitude: at.latitude, effectiveArea: 100, shelterClass: .emergency)
        }
        #expect(ShelterCapacity.assess(shelters, residences: [], network: network).shelters.count == 3)
        let stopped = ShelterCapacity.assess(shelters, residences: [], network: network, progress: CancelAfter(after: 2).reporter)
        #expect(stopped.shelters.map(\.id) == ["s0", "s1"])
    }

    @Test("a reporter nobody cancels says so")
    func notCancelled() {
        #expect(!ProgressReporter.silent.isCancelled)
        #expect(!ProgressReporter.silent.start(.coverage, total: 1).isCancelled)
    }
}
