import Foundation
import OasisCore
import OasisRouting
import Testing

/// The standards file read back: the built-in values round-trip, GB 50180's strict reading sets 800 m, and every
/// problem of a bad file is named by its JSON path.
@Suite("Access standards: the editable file of tiers, checklist and shelter classes")
struct AccessStandardsTests {
    @Test("the built-in values round-trip and are valid; strict sets the 15-minute circle to 800 m")
    func builtIn() throws {
        #expect(AccessStandards.builtIn.problems().isEmpty)
        let data = try JSONEncoder().encode(AccessStandards.builtIn)
        #expect(try AccessStandards(json: data) == .builtIn)
        #expect((0..<3).map(AccessStandards.strict.livingCircle.distance(ofTier:)) == [300, 500, 800])
        #expect(AccessStandards.builtIn.livingCircle == .gb50180)
    }

    @Test("a bad file lists every problem with its path")
    func problems() {
        var standards = AccessStandards.builtIn
        standards.version = 2
        standards.livingCircle.tiers[1].distance = 250
        standards.livingCircle.tiers[2].requiredTypes = ["middle_school", "", "police", "police", "health centre|hospital"]
        standards.completeCommunity.distance = 0
        standards.shelterClasses[1].name = "emergency"
        standards.shelterClasses[2].perCapitaArea = 0
        let fields = standards.problems().compactMap(\.field)
        #expect(
            fields == [
                "version", "livingCircle.tiers[1].distance", "livingCircle.tiers[2].requiredTypes[1]",
                "livingCircle.tiers[2].requiredTypes[3]", "livingCircle.tiers[2].requiredTypes[4]", "completeCommunity.distance",
                "shelterClasses[1].name", "shelterClasses[2].perCapitaArea",
            ])
        #expect(throws: OasisError.self) { try AccessStandards(json: Data(#"{"version": 1}"#.utf8)) }
    }
}
