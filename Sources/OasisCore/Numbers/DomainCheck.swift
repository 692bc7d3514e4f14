import Foundation

/// Collects the numeric-domain and text-length problems of one record, each under its field path, so that a
/// validator states every field's domain in one line and reports all problems at once.
public struct DomainCheck: Sendable {
    public private(set) var details: [OasisError.Detail] = []

    public init() {}

    public mutating func number(_ value: Double?, _ domain: NumericDomain, _ field: String) {
        if let value, let detail = domain.detail(value, field: field) { details.append(detail) }
    }

    public mutating func integer(_ value: Int?, _ domain: NumericDomain, _ field: String) {
        if let value, let detail = domain.detail(value, field: field) { details.append(detail) }
    }

    public mutating func integer(_ value: Int64?, _ domain: NumericDomain, _ field: String) {
        if let value { integer(Int(value), domain, field) }
    }

    public mutating func text(_ value: String?, _ limit: TextLimit, _ field: String) {
        if let detail = limit.detail(value, field: field) { details.append(detail) }
    }

    /// Every language's text of a name map, each under the flat field older files use (`nameZh`, `nameEn`) or
    /// under `map.tag` (`names.ug`) for the other languages.
    public mutating func texts(_ value: LocalizedText, _ limit: TextLimit, _ field: String, map: String, zhHans: String, en: String) {
        let order = { (language: Language) in language == .zhHans ? "0" : language == .en ? "1" : "2" + language.rawValue }
        for (language, text) in value.texts.sorted(by: { order($0.key) < order($1.key) }) {
            let name =
                switch language {
                case .zhHans: zhHans
                case .en: en
                default: "\(map).\(language.rawValue)"
                }
            self.text(text, limit, field.isEmpty ? name : "\(field).\(name)")
        }
    }

    /// A day whose year lies in the year domain (days are instants at 00:00 UTC).
    public mutating func day(_ value: Date?, _ field: String) {
        guard let value else { return }
        let seconds = value.timeIntervalSince1970
        // The first and last instants of the year domain's years, so that no day arithmetic is done on absurd dates.
        let first = CalendarDay(year: Int(NumericDomain.year.range.lowerBound), month: 1, day: 1).date.timeIntervalSince1970
        let last = CalendarDay(year: Int(NumericDomain.year.range.upperBound) + 1, month: 1, day: 1).date.timeIntervalSince1970
        guard seconds.isFinite, seconds >= first, seconds < last else {
            details.append(.init(field: field, reason: "the day lies outside the years \(NumericDomain.year.rangeText)"))
            return
        }
    }

    /// A WGS-84 position: one problem under the point's field naming the coordinate(s) at fault.
    public mutating func point(_ value: GeoPoint?, _ field: String) {
        guard let value else { return }
        let reasons = [
            NumericDomain.longitude.reason(value.longitude).map { "longitude " + $0 },
            NumericDomain.latitude.reason(value.latitude).map { "latitude " + $0 },
        ].compactMap { $0 }
        if !reasons.isEmpty { details.append(.init(field: field, reason: reasons.joined(separator: "; "))) }
    }

    public mutating func append(_ detail: OasisError.Detail) { details.append(detail) }
}
