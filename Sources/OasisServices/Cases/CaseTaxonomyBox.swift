import Foundation
import NIOConcurrencyHelpers
import OasisCore

/// The taxonomy in use with what is worked out from it once (deadline policy, leaf categories, request types,
/// the Open311 catalogue in each language), swapped as a whole when an operator loads a new taxonomy.
public final class CaseTaxonomyBox: Sendable {
    public struct Snapshot: Sendable {
        public let taxonomy: CaseTaxonomy
        public let deadlinePolicy: DeadlinePolicy
        public let leafCategories: Set<String>
        public let requestTypes: Set<String>
        public let catalogues: [Language: Open311ServiceCatalogue]
        /// What the public sees of cases, and the codes whose cases it never sees.
        public let publication: CasePublication
        public let hiddenCodes: Set<String>
        /// When these services came into use: Open311's changeset.
        public let since: Date

        init(_ taxonomy: CaseTaxonomy) {
            self.taxonomy = taxonomy
            since = Date().wholeMilliseconds
            deadlinePolicy = taxonomy.deadlinePolicy()
            leafCategories = taxonomy.leafCategoryCodes
            requestTypes = Set(taxonomy.requestTypes.map(\.code))
            publication = CasePublication(taxonomy: taxonomy)
            hiddenCodes = taxonomy.hiddenCodes
            catalogues = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, taxonomy.open311Catalogue(language: $0)) })
        }
    }

    private let snapshot: NIOLockedValueBox<Snapshot>

    public init(_ taxonomy: CaseTaxonomy) { snapshot = NIOLockedValueBox(Snapshot(taxonomy)) }

    public var current: Snapshot { snapshot.withLockedValue { $0 } }

    public func replace(with taxonomy: CaseTaxonomy) {
        let next = Snapshot(taxonomy)
        snapshot.withLockedValue { $0 = next }
    }
}
