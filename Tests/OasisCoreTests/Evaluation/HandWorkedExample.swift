import OasisCore

/// The worked example of docs/evaluation.md: 3 regions (A, B, C), 5 indicators, 2 periods, worked by hand.
enum HandWorkedExample {
    static let framework = IndicatorFramework(
        id: "example", version: 2025, nameZh: "示例", nameEn: "Example",
        levels: [FrameworkCategory(code: "city", nameZh: "城市", nameEn: "City")],
        goals: [
            FrameworkCategory(code: "liveable", nameZh: "宜居", nameEn: "Liveable"),
            FrameworkCategory(code: "resilient", nameZh: "韧性", nameEn: "Resilient"),
        ],
        groups: [
            FrameworkCategory(code: "g1", nameZh: "一", nameEn: "One", level: "city"),
            FrameworkCategory(code: "g2", nameZh: "二", nameEn: "Two", level: "city"),
        ],
        indicators: [
            IndicatorDefinition(
                code: "I1", nameZh: "覆盖率", nameEn: "Coverage", unit: "%", level: "city", group: "g1", goal: "liveable",
                direction: .higherIsBetter, threshold: Threshold(value: 70)),
            IndicatorDefinition(
                code: "I2", nameZh: "隐患", nameEn: "Hazards", unit: "栋", level: "city", group: "g1", goal: "resilient",
                direction: .lowerIsBetter, threshold: Threshold(value: 0)),
            IndicatorDefinition(
                code: "I3", nameZh: "供给", nameEn: "Supply", unit: "m²/人", level: "city", group: "g2", goal: "liveable",
                direction: .higherIsBetter),
            IndicatorDefinition(
                code: "I4", nameZh: "缺口", nameEn: "Gap", unit: "个", level: "city", group: "g2", goal: "resilient",
                direction: .lowerIsBetter),
            IndicatorDefinition(
                code: "I5", nameZh: "区间", nameEn: "Band", unit: "%", level: "city", group: "g2", goal: "liveable",
                direction: .band, threshold: Threshold(lower: 40, upper: 60)),
        ]
    )

    static let settings = EvaluationSettings(minimumPeers: 3)
    static let regions = ["A", "B", "C"]

    static func observations() -> [IndicatorObservation] {
        let table: [(Int, String, [Double])] = [
            (2024, "I1", [80, 60, 70]), (2024, "I2", [0, 2, 4]), (2024, "I3", [10, 20, 30]), (2024, "I4", [5, 5, 9]), (2024, "I5", [50, 65, 30]),
            (2025, "I1", [85, 72, 65]), (2025, "I2", [0, 0, 1]), (2025, "I3", [25, 20, 30]), (2025, "I4", [5, 6, 5]), (2025, "I5", [55, 60, 35]),
        ]
        return table.flatMap { period, indicator, values in
            zip(regions, values).map { IndicatorObservation(region: $0, indicator: indicator, period: period, value: $1) }
        }
    }
}
