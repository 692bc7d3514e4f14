import OasisCore
import OasisStore

/// Listing and changing the settings an operator may change (`oasis settings`): each value is checked against its
/// setting's kind before it is stored, and every change is audited (`settings.set`, `settings.reset`).
public struct OperatorSettingsService: Sendable {
    public let store: Store

    public init(store: Store) { self.store = store }

    /// Every setting with its stored and effective value, in the catalogue's order.
    public func list(language: Language = .en) async throws -> [OperatorSettingValue] {
        var values: [OperatorSettingValue] = []
        for setting in OperatorSettingCatalogue.all {
            let stored = try await store.settings.get(setting.key)
            var problem: String?
            if let stored { problem = try await self.problem(setting, stored) }
            values.append(
                OperatorSettingValue(
                    key: setting.key, kind: setting.kind, stored: stored, defaultValue: setting.defaultValue,
                    effective: problem == nil ? stored ?? setting.defaultValue : setting.defaultValue, problem: problem,
                    summary: setting.summary[language] ?? setting.summary[.en] ?? ""))
        }
        return values
    }

    /// Stores a setting's value after checking it; nothing is stored when the key is unknown or the value is wrong.
    public func set(_ key: String, to value: String, by principal: Principal) async throws {
        let access = try principal.access(for: .manageUsers)
        let setting = try Self.known(key)
        if let problem = try await problem(setting, value) {
            throw OasisError.invalid(
                code: "setting_invalid", message: "The value of \(key) was refused.", details: [.init(field: key, reason: problem)])
        }
        if CaseMetrics.Weights.keys.contains(key) {
            try await writeWeight(key, value: value, access: access)
        } else {
            try await write(setting, value: value, action: "settings.set", access: access)
        }
    }

    /// Removes a setting's stored value, so that its default is used.
    public func reset(_ key: String, by principal: Principal) async throws {
        let access = try principal.access(for: .manageUsers)
        let setting = try Self.known(key)
        if CaseMetrics.Weights.keys.contains(key) {
            try await writeWeight(key, value: nil, access: access)
        } else {
            try await write(setting, value: nil, action: "settings.reset", access: access)
        }
    }

    static func known(_ key: String) throws -> OperatorSetting {
        guard let setting = OperatorSettingCatalogue.setting(key) else {
            let keys = OperatorSettingCatalogue.all.map(\.key).joined(separator: ", ")
            throw OasisError.invalid(
                code: "setting_unknown", message: "No setting is called \(key).", details: [.init(field: "key", reason: "one of \(keys)")])
        }
        return setting
    }

    /// Why `value` cannot be the setting's value; the taxonomy is read only for a category setting.
    private func problem(_ setting: OperatorSetting, _ value: String) async throws -> String? {
        let leaves = setting.kind == .caseCategory ? try await CaseService.storedTaxonomy(store).leafCategoryCodes : []
        return setting.problem(with: value, leafCategories: leaves)
    }

    /// A weight or the factor goes through the hotline's own check of the four together (`case_weights_invalid` when
    /// the three weights would all be 0) and is stored with the others, audited as `case_weights.set`; a stored value
    /// of the others that is not valid is dropped for its default.
    private func writeWeight(_ key: String, value: String?, access: StoreAccess) async throws {
        var settings: [String: String] = [:]
        for other in CaseMetrics.Weights.keys where other != key {
            guard let setting = OperatorSettingCatalogue.setting(other), let stored = try await store.settings.get(other),
                setting.problem(with: stored, leafCategories: []) == nil
            else { continue }
            settings[other] = stored
        }
        settings[key] = value
        try await store.cases.setMetricsWeights(try CaseMetrics.Weights(settings: settings), by: access)
    }

    private func write(_ setting: OperatorSetting, value: String?, action: String, access: StoreAccess) async throws {
        let store = self.store
        let before = try await store.settings.get(setting.key)
        try await store.database.transaction { tx in
            if let value {
                try await store.settings.set(setting.key, value, on: tx)
            } else {
                try await store.settings.remove(setting.key, on: tx)
            }
            try await store.audit.append(
                AuditChange(action: action, entityType: "setting", entityID: setting.key, before: before, after: value), by: access, on: tx)
        }
    }
}
