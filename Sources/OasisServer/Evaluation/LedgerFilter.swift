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
    /// Field name → message in the request's language.
    var errors: [String: String] = [:]

    init(_ request: Request, language: Language, catalogue: MessageCatalogue) {
        func text(_ name: String) -> String { (RequestParameters.text(request, name) ?? "").trimmingASCIIWhitespace() }
        region = text("region")
        severity = text("severity")
        status = text("status")
        year = text("year")
        if !region.isEmpty {
            if let code = try? RegionCode(region) {
                query.region = code.rawValue
            } else {
                errors["region"] = catalogue.text("ledger_region_invalid", language)
            }
        }
        if !severity.isEmpty {
            query.severity = ProblemSeverity(rawValue: severity)
            if query.severity == nil { errors["severity"] = catalogue.text("ledger_choice_invalid", language) }
        }
        if !status.isEmpty {
            query.status = ProblemStatus(rawValue: status)
            if query.status == nil { errors["status"] = catalogue.text("ledger_choice_invalid", language) }
        }
        if !year.isEmpty {
            if let value = Int(year), (1900...2200).contains(value) {
                query.year = value
            } else {
                errors["year"] = catalogue.text("ledger_year_invalid", language)
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
