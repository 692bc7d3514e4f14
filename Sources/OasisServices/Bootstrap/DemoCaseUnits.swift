import OasisCore
import OasisStore

/// The demo's register of units (the bureaus cases are dispatched to in Urumqi, Karamay and Kashgar, and the
/// autonomous region's housing department), so that a fresh demo can dispatch from its first case.
enum DemoCaseUnits {
    static let units: [CaseUnit] = [
        CaseUnit(
            name: "自治区住建厅",
            names: [
                "en": "Housing and Urban-Rural Development Department of Xinjiang", "ug": "ئاپتونوم رايونلۇق تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش نازارىتى",
            ]),
        CaseUnit(
            name: "乌鲁木齐市城管局", names: ["en": "Urumqi City Management Bureau", "ug": "ئۈرۈمچى شەھەرلىك شەھەر باشقۇرۇش ئىدارىسى"], region: "650100"),
        CaseUnit(name: "乌鲁木齐市水务局", names: ["en": "Urumqi Water Bureau", "ug": "ئۈرۈمچى شەھەرلىك سۇ ئىشلىرى ئىدارىسى"], region: "650100"),
        CaseUnit(
            name: "天山区城管局", names: ["en": "Tianshan District City Management Bureau", "ug": "تەڭرىتاغ رايونلۇق شەھەر باشقۇرۇش ئىدارىسى"],
            region: "650102"),
        CaseUnit(
            name: "沙依巴克区城管局", names: ["en": "Saybagh District City Management Bureau", "ug": "سايباغ رايونلۇق شەھەر باشقۇرۇش ئىدارىسى"],
            region: "650103"),
        CaseUnit(
            name: "克拉玛依市住建局", names: ["en": "Karamay Housing and Construction Bureau", "ug": "قاراماي شەھەرلىك تۇرالغۇ قۇرۇلۇش ئىدارىسى"],
            region: "650200"),
        CaseUnit(name: "喀什市城管局", names: ["en": "Kashgar City Management Bureau", "ug": "قەشقەر شەھەرلىك شەھەر باشقۇرۇش ئىدارىسى"], region: "653101"),
    ]

    static func seed(into store: Store) async throws {
        for unit in units { try await store.cases.saveUnit(unit, by: .system) }
    }
}
