import Foundation
import OasisCore
import Testing

@Suite("Case taxonomy as data")
struct CaseTaxonomyTests {
    let taxonomy = CaseTaxonomy.builtIn

    func refusal(_ json: String) -> OasisError? {
        do throws(OasisError) {
            _ = try CaseTaxonomy.decode(json: Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("the built-in taxonomy: five request types, six component and six event classes, unique codes")
    func builtIn() {
        #expect(taxonomy.requestTypes.map(\.code) == ["RT01", "RT02", "RT03", "RT04", "RT05"])
        #expect(taxonomy.requestTypes.map(\.nameZh) == ["咨询", "求助", "投诉", "举报", "建议"])
        let componentClasses = taxonomy.categories.filter { $0.kind == .component && $0.parent == nil }
        let eventClasses = taxonomy.categories.filter { $0.kind == .event && $0.parent == nil }
        #expect(
            componentClasses.map(\.nameEn) == [
                "Public utilities", "Roads and transport", "City appearance and environment", "Landscaping",
                "Housing and land", "Other facilities",
            ])
        #expect(eventClasses.map(\.nameZh) == ["市容环境", "宣传广告", "施工管理", "突发事件", "街面秩序", "其他事件"])
        #expect(Set(taxonomy.categories.map(\.code)).count == taxonomy.categories.count)
        #expect(taxonomy.problems().isEmpty)
        #expect(taxonomy.leaves(.event).allSatisfy { $0.parent != nil })
    }

    @Test("export and import give back the same taxonomy")
    func roundTrip() throws {
        let exported = taxonomy.encodedJSON()
        let again = try CaseTaxonomy.decode(json: exported)
        #expect(again == taxonomy)
        #expect(again.encodedJSON() == exported)
    }

    @Test("deadline rules: a category's own, else its class's; the policy carries them per priority")
    func deadlines() {
        #expect(taxonomy.deadlineRule(category: "E0101", priority: .normal)?.resolve == .workingDays(1))
        #expect(taxonomy.deadlineRule(category: "E0105", priority: .normal)?.resolve == .workingDays(3))
        #expect(taxonomy.deadlineRule(category: "C0102", priority: .emergency)?.resolve == .calendarHours(2))
        #expect(taxonomy.deadlineRule(category: "C0102", priority: .normal)?.resolve == .workingDays(1))
        #expect(taxonomy.deadlineRule(category: "RT01", priority: .normal)?.resolve == .workingDays(2))
        #expect(taxonomy.deadlineRule(category: "NOPE", priority: .normal) == nil)
        let policy = taxonomy.deadlinePolicy()
        #expect(policy.rule(category: "E0401", priority: .normal).resolve == .calendarHours(2))
        #expect(policy.rule(category: "C0501", priority: .urgent).resolve == .workingDays(2))
        #expect(policy.rule(category: "unknown", priority: .normal) == DeadlinePolicy.standard.defaultRule)
        #expect(DeadlineRule.Span(text: "1 working hour") == .workingHours(1))
        #expect(DeadlineRule.Span(text: "15 working days")?.text == "15 working days")
        #expect(DeadlineRule.Span(text: "0 hours") == nil)
        #expect(DeadlineRule.Span(text: "3 fortnights") == nil)
    }

    @Test("categories become Open311 services with a group, keywords and a request-type attribute")
    func open311() throws {
        let service = try #require(taxonomy.open311Service("E0105", language: .en))
        #expect(service.serviceName == "Bulky waste" && service.group == "City appearance and environment")
        #expect(service.metadata && service.type == .realtime)
        #expect(service.keywords == "furniture, mattress, bulky items")
        #expect(taxonomy.open311Service("E0105", language: .zhHans)?.group == "市容环境")
        #expect(taxonomy.open311Service("E01", language: .en) == nil)
        #expect(taxonomy.open311Service("RT01", language: .en) == nil)
        let catalogue = taxonomy.open311Catalogue(language: .en)
        #expect(catalogue.services.count == taxonomy.leaves(.component).count + taxonomy.leaves(.event).count)
        let definition = try #require(catalogue.definition("C0101"))
        #expect(definition.attributes.map(\.code) == ["request_type", "component_id"])
        #expect(definition.attributes[0].values.map(\.key) == ["RT01", "RT02", "RT03", "RT04", "RT05"])
        #expect(catalogue.definition("E0202")?.attributes.count == 1)
        // The whole list is valid JSON and valid-looking XML.
        let json = Open311Service.listDocument(catalogue.services).encoded(.json)
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json)) }
        let intake = try Open311IntakeValidator(catalogue: catalogue)
            .validate(Open311Form.parse("api_key=k&service_code=E0202&lat=39.9&long=116.4&attribute[request_type]=RT03"))
        #expect(intake.attributes["request_type"] == ["RT03"])
    }

    @Test("malformed taxonomy JSON is refused with the path at fault")
    func malformed() {
        let notJSON = refusal("{\"name\": \"x\", ")
        #expect(notJSON?.code == "taxonomy_invalid")
        let missing = refusal(#"{"name": "x", "version": "1", "categories": [{"code": "A", "kind": "event", "nameZh": "甲"}]}"#)
        #expect(missing?.details.first?.field == "categories[0].nameEn")
        let badKind = refusal(#"{"name": "x", "version": "1", "categories": [{"code": "A", "kind": "thing", "nameZh": "甲", "nameEn": "A"}]}"#)
        #expect(badKind?.details.first?.field == "categories[0].kind")
        let badSpan = refusal(
            #"{"name": "x", "version": "1", "categories": [{"code": "A", "kind": "event", "nameZh": "甲", "nameEn": "A", "deadlines": {"any": {"respond": "1 hour", "resolve": "soon"}}}]}"#
        )
        #expect(badSpan?.details.first?.field == "categories[0].deadlines.any.resolve")
        let badPriority = refusal(
            #"{"name": "x", "version": "1", "categories": [{"code": "A", "kind": "event", "nameZh": "甲", "nameEn": "A", "deadlines": {"whenever": {"respond": "1 hour", "resolve": "2 hours"}}}]}"#
        )
        #expect(badPriority?.details.first?.field == "categories[0].deadlines.whenever")
    }

    @Test("inconsistent taxonomies: duplicate codes, missing parents, mixed kinds, cycles, bad codes")
    func inconsistent() {
        let json = #"""
            {"name": "x", "version": "1", "categories": [
              {"code": "A", "kind": "event", "nameZh": "甲", "nameEn": "A"},
              {"code": "A", "kind": "event", "nameZh": "乙", "nameEn": "B"},
              {"code": "C", "parent": "Z", "kind": "event", "nameZh": "丙", "nameEn": "C"},
              {"code": "D", "parent": "A", "kind": "component", "nameZh": "丁", "nameEn": "D"},
              {"code": "E", "parent": "F", "kind": "event", "nameZh": "戊", "nameEn": "E"},
              {"code": "F", "parent": "E", "kind": "event", "nameZh": "己", "nameEn": "F"},
              {"code": "G H", "kind": "event", "nameZh": "庚", "nameEn": " "}
            ]}
            """#
        let error = refusal(json)
        #expect(error?.code == "taxonomy_inconsistent")
        let fields = error?.details.compactMap(\.field) ?? []
        #expect(
            fields == [
                "categories[1].code", "categories[6].code", "categories[6].nameEn", "categories[2].parent", "categories[3].parent",
                "categories[4].parent", "categories[5].parent",
            ])
    }
}
