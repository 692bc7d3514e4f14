import Foundation
import OasisCore
import OasisServices
import OasisStore

/// Five hazard sources over the demo's regions and units, with square outlines of their regions, so that the register,
/// the summary and the risk map have every colour to show. The figures, by hand (GB 18218-2018 formulae (1) and (2),
/// tables 1 and 3–6; see MajorHazardContractTests for the bands):
/// - HZ-LPG, Tianshan: 200 t LPG (Q 50 t, W2 β 1.5), 120 people (α 2.0): S = 4, R = 2.0 × 1.5 × 4 = 12 → grade 3;
/// - HZ-H2, Tianshan: 6 t hydrogen (Q 5 t, W2 β 1.5), nobody within 500 m (α 0.5): S = 1.2, R = 0.5 × 1.5 × 1.2 = 0.9 → grade 4;
/// - HZ-CL, Saybagh: 40 t chlorine (Q 5 t, β 4) + 20 t ammonia (Q 10 t, β 2), 60 people (α 1.5): S = 8 + 2 = 10,
///   R = 1.5 × (32 + 4) = 54 → grade 2;
/// - HZ-COCL2, Kashgar City: 2 t phosgene (Q 0.3 t, β 20), 10 people (α 1.0): S = 6.667, R = 20 × 6.667 = 133.3 → grade 1;
/// - HZ-NG, Karamay: 20 t natural gas (Q 50 t): S = 0.4 < 1, not a major hazard.
enum MajorHazardFixture {
    static let csv = """
        code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes
        HZ-LPG,天山区液化石油气储配站,Tianshan LPG depot,تەڭرىتاغ سۇيۇق گاز ئامبىرى,天山区城管局,650102,87.63,43.79,120,液化石油气,200
        HZ-H2,天山区加氢站,Tianshan hydrogen station,,天山区城管局,650102,87.62,43.80,0,1333-74-0,6
        HZ-CL,沙依巴克区水厂加氯间,Saybagh water works chlorine store,,沙依巴克区城管局,650103,87.55,43.80,60,chlorine,40
        HZ-CL,,,,,,,,,7664-41-7,20
        HZ-COCL2,喀什市化工仓库,Kashgar chemical warehouse,,喀什市城管局,653101,75.99,39.47,10,75-44-5,2
        HZ-NG,克拉玛依天然气门站,Karamay gas gate station,,克拉玛依市住建局,650200,84.87,45.60,300,74-82-8,20

        """

    static let outlines: [(region: String, area: BoundaryArea)] = [
        ("650102", HotlineDeskTests.square(87.63, 43.80, 0.04)), ("650103", HotlineDeskTests.square(87.55, 43.80, 0.04)),
        ("653101", HotlineDeskTests.square(75.99, 39.47, 0.04)), ("650200", HotlineDeskTests.square(84.87, 45.60, 0.04)),
    ]

    /// Saves the outlines and imports the five sources.
    static func seed(_ store: Store) async throws {
        try await store.regionAreas.save(outlines, by: .system)
        _ = try await MajorHazardService(store: store).importFile(Array(csv.utf8), by: .system)
    }
}
