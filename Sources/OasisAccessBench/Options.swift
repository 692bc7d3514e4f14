import Foundation
import OasisRouting

/// The benchmark's command-line options (a handful, so no argument-parser dependency).
struct Options {
    var data: URL
    var tile = 1
    var types: [String]?
    var limit = 2_000.0
    var repetitions = 5
    var threads = 2
    var export: URL?
    /// Keep the tiled network as an artefact here, its facility types renamed by `rename`.
    var artefact: URL?
    var rename: [String: String] = [:]
    var bucketWidth = 2.0

    init(_ arguments: ArraySlice<String>) throws {
        var data: URL?
        var iterator = arguments.makeIterator()
        while let flag = iterator.next() {
            guard let value = iterator.next() else { throw RoutingError("\(flag) needs a value") }
            switch flag {
            case "--data": data = URL(fileURLWithPath: value)
            case "--tile": tile = Int(value) ?? 0
            case "--types": types = value.split(separator: ",").map(String.init)
            case "--limit": limit = Double(value) ?? .nan
            case "--repetitions": repetitions = max(1, Int(value) ?? 1)
            case "--threads": threads = max(1, Int(value) ?? 1)
            case "--export": export = URL(fileURLWithPath: value)
            case "--artefact": artefact = URL(fileURLWithPath: value)
            case "--rename":
                for pair in value.split(separator: ",") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw RoutingError("--rename takes type=newtype pairs, comma-separated") }
                    rename[parts[0]] = parts[1]
                }
            case "--bucket-width": bucketWidth = Double(value) ?? .nan
            default:
                throw RoutingError(
                    "unknown option \(flag); use --data DIR [--tile K] [--types a,b] [--limit M] [--repetitions R] [--threads T] [--bucket-width M] [--export DIR] [--artefact FILE [--rename a=b,…]]"
                )
            }
        }
        guard let data else { throw RoutingError("--data DIR (the golden helsinki-access folder) is required") }
        guard tile >= 1, limit > 0 else { throw RoutingError("--tile must be ≥ 1 and --limit > 0") }
        self.data = data
    }
}
