import OasisCore

/// Every setting an operator may change with `oasis settings`, by key.
public enum OperatorSettingCatalogue {
    public static let all: [OperatorSetting] = [
        OperatorSetting(
            key: LifelineSettings.caseCategoryKey, kind: .caseCategory, defaultValue: "E0402",
            summary: LocalizedText(
                zhHans: "生命线告警派单所建案件的类别", en: "the case category of a dispatched lifeline alert's case")),
        OperatorSetting(
            key: LifelineSettings.caseDeadlineKey, kind: .positiveNumber, defaultValue: "30",
            summary: LocalizedText(zhHans: "生命线案件的办结时限（分钟）", en: "minutes a lifeline alert's case has to be resolved")),
        OperatorSetting(
            key: LifelineSettings.escalationKey, kind: .positiveNumber, defaultValue: "5",
            summary: LocalizedText(
                zhHans: "无人确认的告警逐级上报的间隔（分钟）", en: "minutes after which an unacknowledged alert goes one tier up")),
        OperatorSetting(
            key: LifelineSettings.rawRetentionKey, kind: .positiveNumber, defaultValue: "30",
            summary: LocalizedText(zhHans: "原始读数保留天数", en: "days the raw readings are kept")),
        OperatorSetting(
            key: LifelineSettings.minuteRetentionKey, kind: .positiveNumber, defaultValue: "180",
            summary: LocalizedText(zhHans: "分钟汇总保留天数", en: "days the 1-minute rollups are kept")),
        OperatorSetting(
            key: LifelineSettings.hourRetentionKey, kind: .positiveNumberOrForever, defaultValue: "0",
            summary: LocalizedText(zhHans: "小时汇总保留天数（0 为永久）", en: "days the 1-hour rollups are kept (0: for ever)")),
        OperatorSetting(
            key: CaseMetrics.Weights.responseKey, kind: .weight, defaultValue: "10",
            summary: LocalizedText(zhHans: "接诉即办综合得分中响应率的权重", en: "the weight of the response rate in the hotline's composite")),
        OperatorSetting(
            key: CaseMetrics.Weights.resolutionKey, kind: .weight, defaultValue: "45",
            summary: LocalizedText(zhHans: "综合得分中解决率的权重", en: "the weight of the resolution rate in the composite")),
        OperatorSetting(
            key: CaseMetrics.Weights.satisfactionKey, kind: .weight, defaultValue: "45",
            summary: LocalizedText(zhHans: "综合得分中满意率的权重", en: "the weight of the satisfaction rate in the composite")),
        OperatorSetting(
            key: CaseMetrics.Weights.basicallySatisfiedKey, kind: .fraction, defaultValue: "0.9",
            summary: LocalizedText(zhHans: "“基本满意”计入满意率的系数", en: "how much a \"basically satisfied\" answer counts towards satisfaction")),
    ]

    /// The setting with this key, if an operator may change it.
    public static func setting(_ key: String) -> OperatorSetting? { all.first { $0.key == key } }
}
