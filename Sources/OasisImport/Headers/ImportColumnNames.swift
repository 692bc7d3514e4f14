import Foundation
import OasisCore

/// The Chinese names that every import accepts for its columns besides the English codes, in one table that all
/// imports share (indicator values, projects, regions, major hazard sources, lifeline sensors and readings; the
/// case import names its columns in its mapping file, in any language). docs/import-formats.md prints this table.
///
/// A header cell stands for a column's code when, without surrounding spaces and case, it is the code (`region`),
/// one of the code's Chinese names (`区划代码`), or a Chinese name followed by the code in parentheses, half- or
/// full-width (`区划代码 (region)`, `区划代码（region）`), as the downloadable templates write it. A Chinese name
/// may stand for codes of different imports (`传感器编号` is the sensor file's `code` and the readings file's
/// `sensor`) but never for two columns of one import.
public enum ImportColumnNames {
    /// Each code with its Chinese names, the first being the one templates write.
    public static let chinese: [(code: String, names: [String])] = [
        // Shared by several imports.
        ("region", ["区划代码", "行政区划代码", "地区代码", "区划"]),
        ("source", ["数据来源", "来源"]),
        ("longitude", ["经度"]),
        ("latitude", ["纬度"]),
        ("name_zh", ["中文名称", "名称", "项目名称", "危险源名称"]),
        ("name_en", ["英文名称"]),
        ("name_ug", ["维吾尔文名称"]),
        // Indicator values.
        ("indicator", ["指标代码", "指标"]),
        ("period", ["年份", "年度", "期间"]),
        ("value", ["数值", "指标值", "值"]),
        ("unit", ["计量单位", "牵头单位"]),
        // Projects (`unit` above is the lead unit here).
        ("code", ["代码", "编号", "项目代码", "项目编号", "危险源编号", "传感器编号"]),
        ("type", ["项目类型", "类型"]),
        ("stage", ["项目阶段", "阶段"]),
        ("budget_fiscal", ["财政资金"]),
        ("budget_special_bonds", ["专项债券"]),
        ("budget_social_capital", ["社会资本"]),
        ("budget_bank_finance", ["银行融资"]),
        ("planned_investment", ["计划投资"]),
        ("actual_investment", ["完成投资", "实际投资"]),
        ("planned_start", ["计划开工日期", "计划开工"]),
        ("planned_end", ["计划完工日期", "计划完工", "计划竣工日期"]),
        ("actual_end", ["实际完工日期", "实际完工", "实际竣工日期"]),
        ("residential", ["是否涉及住宅", "涉及住宅"]),
        ("max_height_m", ["最大建筑高度（米）", "最大建筑高度"]),
        ("measures", ["政策措施", "措施"]),
        ("problems", ["问题编号", "问题"]),
        ("task_id", ["任务编号"]),
        ("milestones", ["里程碑"]),
        ("progress", ["进度", "形象进度"]),
        // Regions (`code` above is the division code here).
        ("parent_code", ["上级代码", "上级区划代码"]),
        ("level", ["层级", "级别"]),
        ("population", ["常住人口", "人口"]),
        ("urban_population", ["城镇常住人口", "城镇人口"]),
        ("census_year", ["普查年份", "统计年份"]),
        // Major hazard sources.
        ("owner_unit", ["责任单位", "所属单位"]),
        ("exposed_people", ["周边人数", "暴露人数"]),
        ("substance", ["危险物质", "物质"]),
        ("tonnes", ["最大存量（吨）", "存量（吨）", "存量"]),
        // Lifeline sensors and readings.
        ("quantity", ["监测量", "物理量"]),
        ("asset", ["设施编号", "设施"]),
        ("rules", ["报警规则", "规则"]),
        ("sensor", ["传感器编号", "传感器"]),
        ("time", ["监测时间", "时间"]),
    ]

    /// Each Chinese name with the codes it stands for.
    static let codesByName: [String: Set<String>] = {
        var codes: [String: Set<String>] = [:]
        for (code, names) in chinese {
            for name in names { codes[name, default: []].insert(code) }
        }
        return codes
    }()

    /// The Chinese name templates write for a code (nil for a code without one).
    public static func templateName(_ code: String) -> String? {
        chinese.first { $0.code == code }?.names.first
    }

    /// Whether a header cell stands for the column `code` (see the type's description).
    public static func matches(_ header: String, _ code: String) -> Bool {
        let cell = header.trimmingASCIIWhitespace()
        if cell.lowercased() == code { return true }
        if codesByName[cell]?.contains(code) == true { return true }
        for (open, close) in [("(", ")"), ("（", "）")] where cell.hasSuffix(close) {
            guard let start = cell.range(of: open, options: .backwards) else { continue }
            let inner = String(cell[start.upperBound..<cell.index(cell.endIndex, offsetBy: -close.count)]).trimmingASCIIWhitespace()
            let name = String(cell[..<start.lowerBound]).trimmingASCIIWhitespace()
            if inner.lowercased() == code, codesByName[name]?.contains(code) == true { return true }
        }
        return false
    }

    /// The code a header cell stands for among `codes` (nil when none): for checks of unknown columns.
    public static func code(of header: String, among codes: [String]) -> String? {
        codes.first { matches(header, $0) }
    }
}
