/// A module that supplies indicator values by computing them (census figures now; hotline metrics,
/// living-circle coverage and lifeline alerts as those modules arrive). The evaluation merges their
/// observations with imported ones; a computed value wins over an imported value of the same key.
public protocol ComputedIndicatorSource: Sendable {
    /// The indicator codes this source computes.
    var indicatorCodes: [String] { get }

    /// The values of the given regions, for every period the source knows.
    func observations(for regions: [Region]) async throws -> [IndicatorObservation]
}
