/// Working calendars loaded by operators (`oasis calendar import`): national years beyond the built-in ones and
/// regional layers (region '' is the national calendar), one row per region and year holding that year's JSON;
/// and office hours per region from a day on. Loading a file replaces the rows of its region and years (and its
/// region's office hours when the file gives any), in one audited transaction.
enum Migration008Calendars {
    static let migration = Migration(version: 8, description: "working calendars: loaded years, regional layers and office hours") { _ in
        [
            """
            CREATE TABLE calendar_years (
                region TEXT NOT NULL,
                year INTEGER NOT NULL,
                time_zone TEXT NOT NULL,
                body TEXT NOT NULL,
                sample INTEGER NOT NULL,
                note TEXT,
                loaded_at BIGINT NOT NULL,
                PRIMARY KEY (region, year)
            )
            """,
            """
            CREATE TABLE calendar_office_hours (
                region TEXT NOT NULL,
                effective_from TEXT NOT NULL,
                body TEXT NOT NULL,
                sample INTEGER NOT NULL,
                note TEXT,
                loaded_at BIGINT NOT NULL,
                PRIMARY KEY (region, effective_from)
            )
            """,
        ]
    }
}
