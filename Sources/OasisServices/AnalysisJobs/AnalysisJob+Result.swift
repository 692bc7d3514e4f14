import Foundation
import OasisStore

extension AnalysisJob {
    /// The job's result document read back (nil before its first analysis is recorded).
    public var outcome: AnalysisJobResult? {
        result.flatMap { try? JSONDecoder().decode(AnalysisJobResult.self, from: Data($0.utf8)) }
    }
}
