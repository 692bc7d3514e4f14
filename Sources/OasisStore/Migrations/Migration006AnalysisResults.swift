/// Indicator figures computed by the spatial analyses (living-circle coverage, shelter area per person), kept
/// as numerator and denominator per region so that a region's value can be summed from the regions below it.
/// One analysis run replaces its own rows for a period; the evaluation reads them as computed indicators.
/// Also a version per spatial layer, raised by every write, so that servers holding a layer in memory (the OGC
/// API's items pages) see writes made by other processes.
enum Migration006AnalysisResults {
    static let migration = Migration(
        version: 6, description: "analysis results: computed indicator figures of the spatial analyses; spatial layer versions"
    ) { dialect in
        [
            """
            CREATE TABLE analysis_results (
                region_code TEXT NOT NULL,
                indicator TEXT NOT NULL,
                period INTEGER NOT NULL,
                numerator \(dialect.doubleType) NOT NULL,
                denominator \(dialect.doubleType) NOT NULL,
                analysis TEXT NOT NULL,
                computed_at BIGINT NOT NULL,
                PRIMARY KEY (region_code, indicator, period)
            )
            """,
            "CREATE INDEX analysis_results_by_analysis ON analysis_results (analysis, period)",
            "CREATE TABLE spatial_layer_versions (layer TEXT PRIMARY KEY, version BIGINT NOT NULL)",
        ]
    }
}
