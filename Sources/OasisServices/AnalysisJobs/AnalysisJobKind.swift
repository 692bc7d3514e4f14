import Foundation
import OasisCore

/// The analyses a background job can run, in the order they run.
public enum AnalysisJobKind: String, Sendable, CaseIterable, Codable {
    /// GB 50180 living-circle coverage (P04–P12) and each residence's walking distances (the `access` layer).
    case access
    /// Shelter capacity against the residents within reach, per shelter and per district (U22).
    case shelters
    /// Each shelter's walking service area (an isochrone at its class's radius), kept with the job and drawn on the map.
    case isochrones
    /// The complete-community checklist (2020 standard) of each community in the communities layer, kept with the job.
    case communities

    /// The analyses a request names (comma-separated; empty: all), in running order; 400 naming an unknown one.
    public static func parse(_ text: String?) throws(OasisError) -> [AnalysisJobKind] {
        let names = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        if names.isEmpty { return allCases }
        var chosen = Set<AnalysisJobKind>()
        for name in names {
            guard let kind = AnalysisJobKind(rawValue: name) else {
                throw OasisError.invalid(
                    code: "analysis_unknown",
                    message: "analyses: \"\(name)\" is not an analysis; the analyses are \(allCases.map(\.rawValue).joined(separator: ", ")).",
                    details: [.init(field: "analyses", reason: "unknown analysis \(name)")])
            }
            chosen.insert(kind)
        }
        return allCases.filter(chosen.contains)
    }
}
