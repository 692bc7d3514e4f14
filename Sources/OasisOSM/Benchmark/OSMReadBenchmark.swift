import Foundation

/// Times reading an OSM PBF file (for `oasis bench osm-read` and `bench/osm-read`, release builds only):
/// the whole read, from the file on disk (usually in the page cache) to the finished `OSMExtract`, best
/// and median of several runs, and then one walking-network build and one facility classification.
public enum OSMReadBenchmark {
    /// The timings of one benchmark run; `json` is the line `bench/osm-read` parses.
    public struct Report: Sendable, Codable, Equatable {
        public var file: String
        public var bytes: Int
        public var threads: Int
        public var repetitions: Int
        public var nodes: Int
        public var ways: Int
        public var relations: Int
        public var bestSeconds: Double
        public var medianSeconds: Double
        public var networkSeconds: Double
        public var networkNodes: Int
        public var networkEdges: Int
        public var facilitiesSeconds: Double
        public var facilities: Int

        /// One line of JSON with sorted keys.
        public var json: String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
    }

    /// Reads `file` `repetitions` times with `parallelism` threads and reports the timings.
    public static func run(
        file: URL, repetitions: Int = 5,
        parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(OSMError) -> Report {
        let reader = OSMPBFReader(parallelism: parallelism)
        var times: [Double] = []
        var extract = OSMExtract()
        for _ in 0..<max(1, repetitions) {
            let start = ContinuousClock.now
            extract = try reader.read(contentsOf: file)
            times.append(seconds(ContinuousClock.now - start))
        }
        times.sort()
        let networkStart = ContinuousClock.now
        let network = try WalkingNetworkBuilder().build(from: extract)
        let networkSeconds = seconds(ContinuousClock.now - networkStart)
        let facilitiesStart = ContinuousClock.now
        let facilities = FacilityClassifier().facilities(in: extract)
        let facilitiesSeconds = seconds(ContinuousClock.now - facilitiesStart)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        return Report(
            file: file.lastPathComponent, bytes: size, threads: reader.parallelism, repetitions: times.count,
            nodes: extract.nodeCount, ways: extract.wayCount, relations: extract.relationCount,
            bestSeconds: times[0], medianSeconds: times[times.count / 2],
            networkSeconds: networkSeconds, networkNodes: network.nodeCount, networkEdges: network.edges.count,
            facilitiesSeconds: facilitiesSeconds, facilities: facilities.count)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
