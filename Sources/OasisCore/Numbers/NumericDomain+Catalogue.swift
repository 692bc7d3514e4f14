extension NumericDomain {
    /// Money in 10,000 yuan: up to 10 trillion yuan per figure, more than any one project's budget.
    public static let money = NumericDomain(
        fields: "budget (each funding source), plannedInvestment, actualInvestment (each year)", unit: "万元",
        range: 0...1e9)
    /// Calendar years Oasis plans and reports in: from 1949 to 2100.
    public static let year = NumericDomain(
        fields:
            "years: period, plan startYear/endYear, goal year, investment years, target years, framework version, census year, the years of every day",
        unit: "year", range: 1949...2100, wholeNumber: true)
    public static let percentage = NumericDomain(fields: "progress, progress report percent, values of % indicators", unit: "%", range: 0...100)
    /// Relative weights of a framework's levels, goals, groups and indicators.
    public static let weight = NumericDomain(fields: "framework weights (levels, goals, groups, indicators)", unit: "", range: 0...1_000)
    /// Indicator values, thresholds and targets in the indicator's own unit.
    public static let indicatorValue = NumericDomain(
        fields: "indicator values, thresholds, targets, plan goal targets", unit: "(indicator's unit)",
        range: -1e12...1e12)
    public static let longitude = NumericDomain(fields: "longitude (WGS-84)", unit: "°", range: -180...180)
    public static let latitude = NumericDomain(fields: "latitude (WGS-84)", unit: "°", range: -90...90)
    public static let buildingHeight = NumericDomain(fields: "maximumHeightMeters, max_height_m", unit: "m", range: 0...1_000)
    /// A shelter's effective area: more than 0, up to 100 km².
    public static let shelterArea = NumericDomain(fields: "shelter effective_area_m2", unit: "m²", range: 0...1e8, excludesLowerBound: true)
    public static let shelterCapacity = NumericDomain(fields: "shelter capacity", unit: "persons", range: 0...1e8)
    public static let residencePopulation = NumericDomain(fields: "residence population", unit: "persons", range: 0...1e8)
    public static let regionPopulation = NumericDomain(
        fields: "region population, urban_population", unit: "persons", range: 0...2e9, wholeNumber: true)
    public static let measureNumber = NumericDomain(
        fields: "policy section and measure numbers, scheme measure, project measures", unit: "",
        range: 1...999, wholeNumber: true)
    /// Ids of stored records given in files (scheme task, ledger problem): whole numbers a double holds exactly.
    public static let recordID = NumericDomain(
        fields: "task_id, problems, taskID, citedProblems", unit: "", range: 1...9_007_199_254_740_992, wholeNumber: true)

    /// Hotline deadlines: how many (working) hours or days a unit has.
    public static let deadlineAmount = NumericDomain(
        fields: "case category deadlines (respond, resolve: \"N working hours\", \"N working days\", \"N hours\")",
        unit: "hours or days", range: 1...10_000, wholeNumber: true)

    /// Paging offsets of lists (`offset` query parameter), so that page arithmetic cannot overflow.
    public static let pageOffset = NumericDomain(
        fields: "offset (query parameter of lists and OGC items)", unit: "records", range: 0...1e9, wholeNumber: true)

    /// How long a sign-in lasts (configuration `sessionLifetimeSeconds`): a minute to a year.
    public static let sessionLifetime = NumericDomain(
        fields: "sessionLifetimeSeconds (configuration)", unit: "s", range: 60...31_536_000, wholeNumber: true)

    /// How long an API token lasts (configuration `tokenLifetimeDays`): a day to ten years.
    public static let tokenLifetime = NumericDomain(fields: "tokenLifetimeDays (configuration)", unit: "d", range: 1...3_650, wholeNumber: true)

    /// Walking times and speeds of the access analyses (`--minutes`, `--speed`): up to ten hours at up to 1,000 m/min.
    public static let walkingMinutes = NumericDomain(fields: "--minutes (analyses)", unit: "min", range: 0...600, excludesLowerBound: true)
    public static let walkingSpeed = NumericDomain(fields: "--speed (analyses)", unit: "m/min", range: 0...1_000, excludesLowerBound: true)
    public static let walkingDistance = NumericDomain(
        fields: "--distance (complete-community analysis)", unit: "m", range: 0...100_000, excludesLowerBound: true)

    /// Every domain, in the order docs/api.md lists them.
    public static let catalogue: [NumericDomain] = [
        money, year, percentage, weight, indicatorValue, longitude, latitude, buildingHeight, shelterArea, shelterCapacity, residencePopulation,
        regionPopulation, measureNumber, recordID, deadlineAmount, pageOffset, sessionLifetime, tokenLifetime, walkingMinutes, walkingSpeed,
        walkingDistance,
    ]

    /// The catalogue as the Markdown table of docs/api.md (a test keeps the two the same).
    public static var markdownTable: String {
        var lines = ["| field | unit | range | whole number |", "|---|---|---|---|"]
        for domain in catalogue {
            let range =
                (domain.excludesLowerBound ? "more than " : "") + NumberText.plain(domain.range.lowerBound) + " … "
                + NumberText.plain(domain.range.upperBound)
            lines.append("| \(domain.fields) | \(domain.unit.isEmpty ? "—" : domain.unit) | \(range) | \(domain.wholeNumber ? "yes" : "no") |")
        }
        return lines.joined(separator: "\n")
    }
}
