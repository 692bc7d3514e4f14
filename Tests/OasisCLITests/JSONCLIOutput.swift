import Foundation
import Testing

/// Reads what `oasis … --json` printed: exactly one JSON document on standard output.
enum JSONCLIOutput {
    static func value(_ stdout: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }

    static func object(_ stdout: String) throws -> [String: Any] {
        try #require(try value(stdout) as? [String: Any], "not a JSON object: \(stdout)")
    }

    static func array(_ stdout: String) throws -> [[String: Any]] {
        try #require(try value(stdout) as? [[String: Any]], "not a JSON array of objects: \(stdout)")
    }
}
