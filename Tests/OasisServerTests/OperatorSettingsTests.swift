import OasisCore
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Operator settings: checked before they are stored, audited, read by the lifeline module (both stores)")
struct OperatorSettingsTests {
    static let analyst = Principal(kind: .user, userID: 7, username: "analyst", role: .analyst, scope: .everything)

    @Test(
        "a valid value is stored, used and audited; a bad one, an unknown key or a non-administrator changes nothing",
        arguments: TestStoreKind.available)
    func setAndRefuse(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let service = OperatorSettingsService(store: store)
            try await service.set("lifeline_escalation_minutes", to: "7.5", by: .system)
            #expect(try await LifelineSettings.load(store).escalationMinutes == 7.5)
            try await service.set("lifeline_hour_retention_days", to: "0", by: .system)
            #expect(try await LifelineSettings.load(store).hourRetentionDays == nil, "0 keeps the hourly rollups for ever")
            try await service.set("lifeline_case_category", to: "E0402", by: .system)

            let refusals: [(String, String, String)] = [
                ("lifeline_raw_retention_days", "-3", "must be above 0, not -3"),
                ("lifeline_raw_retention_days", "0", "must be above 0, not 0"),
                ("lifeline_minute_retention_days", "thirty", "not a number: thirty"),
                ("lifeline_escalation_minutes", "nan", "not a number: nan"),
                ("lifeline_hour_retention_days", "-1", "must be above 0 (or 0 for ever), not -1"),
                ("lifeline_case_category", "E04", "no leaf category of the case taxonomy has the code E04"),
            ]
            for (key, value, reason) in refusals {
                let error = await #expect(throws: OasisError.self) { try await service.set(key, to: value, by: .system) }
                #expect(error?.code == "setting_invalid")
                #expect(error?.details.first?.field == key)
                #expect(error?.details.first?.reason == reason)
            }
            let unknown = await #expect(throws: OasisError.self) { try await service.set("lifeline_retention", to: "3", by: .system) }
            #expect(unknown?.code == "setting_unknown")
            await #expect(throws: OasisError.self) { try await service.set("lifeline_raw_retention_days", to: "3", by: Self.analyst) }
            #expect(try await store.settings.get("lifeline_raw_retention_days") == nil, "nothing refused was stored")

            let listed = try await service.list()
            let escalation = try #require(listed.first { $0.key == "lifeline_escalation_minutes" })
            #expect(escalation.stored == "7.5" && escalation.effective == "7.5" && escalation.defaultValue == "5")
            #expect(listed.first { $0.key == "lifeline_raw_retention_days" }?.effective == "30")

            // A value written around the check is shown with its problem, and the default is used.
            try await store.settings.set("lifeline_raw_retention_days", "-2")
            let written = try #require(try await service.list().first { $0.key == "lifeline_raw_retention_days" })
            #expect(written.effective == "30" && written.problem == "must be above 0, not -2")
            #expect(try await LifelineSettings.load(store).rawRetentionDays == 30)

            try await service.reset("lifeline_escalation_minutes", by: .system)
            #expect(try await LifelineSettings.load(store).escalationMinutes == 5)

            // The hotline's weights: through its own check of the four together, stored and audited with the others.
            try await service.set("case_weight_response", to: "30", by: .system)
            #expect(
                try await store.cases.metricsWeights() == CaseMetrics.Weights(response: 30, resolution: 45, satisfaction: 45, basicallySatisfied: 0.9)
            )
            let factor = await #expect(throws: OasisError.self) { try await service.set("case_basically_satisfied_factor", to: "1.5", by: .system) }
            #expect(factor?.details.first?.reason == "must be from 0 to 1, not 1.5")
            try await service.set("case_weight_resolution", to: "0", by: .system)
            try await service.set("case_weight_satisfaction", to: "0", by: .system)
            let zero = await #expect(throws: OasisError.self) { try await service.set("case_weight_response", to: "0", by: .system) }
            #expect(zero?.code == "case_weights_invalid")
            #expect(try await store.cases.metricsWeights().response == 30, "the refused zero was not stored")
            try await service.reset("case_weight_resolution", by: .system)
            #expect(try await store.cases.metricsWeights().resolution == 45)

            let actions = try await store.audit.recent(limit: 20, for: .system).filter { $0.entityType == "setting" }
            #expect(try await store.audit.recent(limit: 20, for: .system).filter { $0.action == "case_weights.set" }.count == 4)
            #expect(actions.map(\.action) == ["settings.reset", "settings.set", "settings.set", "settings.set"])
            #expect(
                actions.map(\.entityID) == [
                    "lifeline_escalation_minutes", "lifeline_case_category", "lifeline_hour_retention_days", "lifeline_escalation_minutes",
                ])
        }
    }
}
