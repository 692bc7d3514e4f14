import OasisCore
import OasisOSM
import Testing

@Suite("Facility types in the reader's language")
struct FacilityLabelTests {
    @Test("every facility type of the built-in rules has a label in zh-Hans, en and ug (pages and checklists never show a bare code)")
    func everyTypeLabelled() throws {
        let catalogue = try MessageCatalogue.embedded()
        for type in FacilityRules.builtIn.types {
            for language in Language.allCases {
                #expect(catalogue.messages[language]?[MessageKey("facility_\(type.rawValue)")] != nil, "facility_\(type.rawValue) in \(language)")
            }
        }
    }
}
