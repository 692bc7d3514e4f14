import Foundation
import OasisCore

/// Reads regions from CSV with the columns `code, parent_code, level, name_zh, name_en` and optionally
/// `population, urban_population, census_year` and a name in each further language, `name_<tag>` (`name_ug`).
/// Every problem of the file is reported at once.
public struct RegionCSVReader: Sendable {
    public static let requiredColumns = ["code", "parent_code", "level", "name_zh", "name_en"]

    /// The optional name column of each language beyond zh-Hans and English: `name_ug` …
    public static let otherNameColumns: [(Language, String)] = Language.allCases.filter { $0 != .zhHans && $0 != .en }.map {
        ($0, "name_" + $0.rawValue.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    public init() {}

    public func read(_ bytes: [UInt8]) throws(OasisError) -> [Region] {
        let table = try CSVParser().parse(bytes)
        var missing: [OasisError.Detail] = []
        for name in Self.requiredColumns where table.column(name) == nil {
            missing.append(.init(line: 1, column: name, reason: "required column is missing"))
        }
        guard missing.isEmpty else {
            throw OasisError.invalid(code: "csv_columns_missing", message: "The region file lacks required columns.", details: missing)
        }
        let column = { (name: String) in table.column(name) }
        var regions: [Region] = []
        var problems: [OasisError.Detail] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            func field(_ name: String) -> String {
                guard let index = column(name), index < record.fields.count else { return "" }
                return record.fields[index].trimmingASCIIWhitespace()
            }
            func integer(_ name: String, _ domain: NumericDomain) -> Int? {
                let text = field(name).replacingOccurrences(of: ",", with: "")
                if text.isEmpty { return nil }
                guard let value = DecimalText.integer(text) else {
                    problems.append(.init(line: record.line, column: name, reason: "\"\(field(name).prefix(64))\" is not a whole number"))
                    return nil
                }
                if let reason = domain.reason(value) {
                    problems.append(.init(line: record.line, column: name, reason: reason))
                    return nil
                }
                return value
            }
            guard record.fields.count == table.header.count else {
                problems.append(.init(line: record.line, reason: "has \(record.fields.count) fields; the header has \(table.header.count)"))
                continue
            }
            let code: RegionCode
            do {
                code = try RegionCode(field("code"))
            } catch {
                problems.append(.init(line: record.line, column: "code", reason: error.message))
                continue
            }
            if let earlier = seen[code.rawValue] {
                problems.append(.init(line: record.line, column: "code", reason: "region \(code) appears again (first on line \(earlier))"))
                continue
            }
            seen[code.rawValue] = record.line
            var parent: RegionCode?
            if !field("parent_code").isEmpty {
                do {
                    parent = try RegionCode(field("parent_code"))
                } catch {
                    problems.append(.init(line: record.line, column: "parent_code", reason: error.message))
                }
            }
            guard let level = ImportLabels.value(field("level"), RegionLevel.self, keyPrefix: "region_level_") else {
                problems.append(
                    .init(
                        line: record.line, column: "level",
                        reason: "\"\(field("level"))\" is not one of \(RegionLevel.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            for name in ["name_zh", "name_en"] {
                if field(name).isEmpty { problems.append(.init(line: record.line, column: name, reason: "is empty")) }
            }
            for name in ["name_zh", "name_en"] + Self.otherNameColumns.map(\.1) {
                if let reason = TextLimit.name.reason(field(name)) { problems.append(.init(line: record.line, column: name, reason: reason)) }
            }
            let population = integer("population", .regionPopulation)
            let urban = integer("urban_population", .regionPopulation)
            if let population, let urban, urban > population {
                problems.append(
                    .init(line: record.line, column: "urban_population", reason: "urban population \(urban) exceeds population \(population)"))
            }
            var region = Region(
                code: code, parentCode: parent, level: level, nameZh: field("name_zh"), nameEn: field("name_en"),
                population: population, urbanPopulation: urban, censusYear: integer("census_year", .year)
            )
            for (language, name) in Self.otherNameColumns { region.names[language] = field(name) }
            regions.append(region)
        }
        guard problems.isEmpty else {
            throw OasisError.invalid(
                code: "region_file_invalid",
                message: "The region file has \(problems.count) problem(s); nothing was imported.", details: problems)
        }
        return Self.parentsFirst(regions)
    }

    /// Orders regions so that each parent precedes its children (a stable sort by level).
    static func parentsFirst(_ regions: [Region]) -> [Region] {
        regions.enumerated().sorted { ($0.element.level.depth, $0.offset) < ($1.element.level.depth, $1.offset) }.map(\.element)
    }
}
