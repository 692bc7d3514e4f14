import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The ledger page's filters as typed: region, severity, status, year and the page offset. A value that cannot be
/// used is kept as typed, left out of the query and reported beside its field in the page's language.
struct LedgerFilter {
    static let pageSize = 50

    var region = ""
    var severity = ""
    var status = ""
    var year = ""
    var query = LedgerQuery(limit: pageSize)
    /// What was typed, and the filters refused.
    var form = FormState()

    init(_ request: Request) {
        func text(_ name: String) -> String { (RequestParameters.text(request, name) ?? "").trimmingASCIIWhitespace() }
        region = text("region")
        severity = text("severity")
        status = text("status")
        year = text("year")
        form = FormState(values: ["region": region, "severity": severity, "status": status, "year": year])
        if !region.isEmpty {
            if let code = try? RegionCode(region) {
                query.region = code.rawValue
            } else {
                form.reject("region", "ledger_region_invalid")
            }
        }
        if !severity.isEmpty {
            query.severity = ProblemSeverity(rawValue: severity)
            if query.severity == nil { form.reject("severity", "ledger_choice_invalid") }
        }
        if !status.isEmpty {
            query.status = ProblemStatus(rawValue: status)
            if query.status == nil { form.reject("status", "ledger_choice_invalid") }
        }
        if !year.isEmpty {
            if let value = Int(year), (1900...2200).contains(value) {
                query.year = value
            } else {
                form.reject("year", "ledger_year_invalid")
            }
        }
        if let offset = Int(text("offset")), offset > 0 { query.offset = offset }
    }

    /// The query string of these filters (valid values only) with another offset, for paging and export links.
    func parameters(offset: Int? = nil) -> String {
        var parts: [String] = []
        if let region = query.region { parts.append("region=\(region)") }
        if let severity = query.severity { parts.append("severity=\(severity.rawValue)") }
        if let status = query.status { parts.append("status=\(status.rawValue)") }
        if let year = query.year { parts.append("year=\(year)") }
        if let offset, offset > 0 { parts.append("offset=\(offset)") }
        return parts.joined(separator: "&")
    }
}
