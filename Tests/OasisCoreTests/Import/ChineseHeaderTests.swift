import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Imports take Chinese headers and labels as well as the English codes")
struct ChineseHeaderTests {
    let values = IndicatorValueReader(
        context: ValueImportContext(regionCodes: ["A", "B", "C"], framework: HandWorkedExample.framework, currentYear: 2026, defaultSource: "f.csv"))

    @Test("indicator values, long layout: Chinese headers and an indicator named in Chinese read as the English file")
    func valuesLong() throws {
        let english = try values.read(csv: Array("region,indicator,period,value,source\nA,I1,2025,80.5,普查\nB,I2,2025,3,\n".utf8))
        let chinese = try values.read(csv: Array("区划代码,指标代码,年份,数值,数据来源\nA,I1,2025,80.5,普查\nB,隐患,2025,3,\n".utf8))
        #expect(chinese.problems.isEmpty)
        #expect(chinese.layout == "long")
        #expect(chinese.values == english.values)
        #expect(chinese.values.map(\.indicator) == ["I1", "I2"])
    }

    @Test("indicator values, wide layout: bilingual header cells as the templates write them, half- and full-width")
    func valuesWide() throws {
        let parsed = try values.read(csv: Array("区划代码 (region),年份（period）,I1 (%),隐患\nA,2025,80,0\n".utf8))
        #expect(parsed.layout == "wide")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.values.map(\.indicator).sorted() == ["I1", "I2"])
    }

    @Test("a Chinese name with another column's code in parentheses is no header of either")
    func mismatchedBilingual() {
        #expect(ImportColumnNames.matches("区划代码 (region)", "region"))
        #expect(!ImportColumnNames.matches("区划代码 (period)", "period"))
        #expect(!ImportColumnNames.matches("区划代码 (period)", "region"))
        #expect(ImportColumnNames.matches(" Region ", "region"))
    }

    @Test("projects: Chinese headers and Chinese type and stage labels; an unknown Chinese column is named as written")
    func projects() throws {
        let context = ProjectImportContext(regionCodes: ["A"], policyID: "p", measures: [], problemIDs: [], taskIDs: [])
        let csv = "项目代码,项目名称,项目类型,区划代码,项目阶段,牵头单位,计划开工日期,是否涉及住宅,备注\nP1,幸福小区改造,老旧小区改造,A,在建,区住建局,2026/3/5,是,x\n"
        let parsed = try ProjectTableReader(context: context).read(TabularData(csv: CSVParser().parse(Array(csv.utf8))))
        #expect(
            parsed.problems.map(\.description) == [
                "line 1, column 备注: unknown column; known columns are \(ProjectColumns.all.joined(separator: ", "))"
            ])
        let project = try #require(parsed.projects.first)
        #expect(project.type == .oldNeighbourhoodRenovation)
        #expect(project.stage == .underConstruction)
        #expect(project.unit == "区住建局")
        #expect(project.residential)
        #expect(project.plannedStart.map { CalendarDay(date: $0).description } == "2026-03-05")
    }

    @Test("regions: Chinese headers and Chinese level labels")
    func regions() throws {
        let csv = "代码,上级代码,层级,中文名称,英文名称,常住人口\n650000,,省级,新疆维吾尔自治区,Xinjiang,25852345\n650100,650000,地级,乌鲁木齐市,Urumqi,\n"
        let regions = try RegionCSVReader().read(Array(csv.utf8))
        #expect(regions.map(\.level) == [.province, .prefecture])
        #expect(regions.map(\.population) == [25_852_345, nil])
    }

    @Test("lifeline sensors and readings: Chinese headers and quantity labels")
    func lifeline() throws {
        let sensors = try LifelineSensorTableReader().read(Array("传感器编号,监测量,计量单位,设施编号\nS1,压力,MPa,PIPE-1\n".utf8))
        #expect(sensors.sensors == [LifelineSensor(code: "S1", quantity: .pressure, unit: "MPa", asset: "PIPE-1", rules: [])])
        let readings = try LifelineReadingCSVReader().read(Array("传感器编号,监测时间,数值\nS1,2026-12-03T01:00:00Z,0.42\n".utf8))
        #expect(readings.readings.map(\.sensorID) == ["S1"])
        #expect(readings.readings.map(\.value) == [0.42])
    }

    @Test("docs/import-formats.md lists every Chinese name of the table")
    func documented() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let page = try String(contentsOf: root.appendingPathComponent("docs/import-formats.md"), encoding: .utf8)
        for (code, names) in ImportColumnNames.chinese {
            let row = "| `\(code)` | \(names.joined(separator: "、")) |"
            #expect(page.contains(row), "docs/import-formats.md lacks the row \(row)")
        }
    }

    @Test("no Chinese name stands for two columns of one import")
    func unambiguous() {
        let imports: [[String]] = [
            ["region", "indicator", "period", "value", "source", "unit"], ProjectColumns.all,
            RegionCSVReader.requiredColumns + ["population", "urban_population", "census_year"],
            MajorHazardTableReader.sourceColumns + MajorHazardTableReader.itemColumns + ["name_zh", "name_en", "name_ug"],
            ["code", "quantity", "unit", "asset", "rules"], ["sensor", "time", "value"],
        ]
        for columns in imports {
            for (code, names) in ImportColumnNames.chinese where columns.contains(code) {
                for name in names {
                    let others = columns.filter { $0 != code && ImportColumnNames.matches(name, $0) }
                    #expect(others.isEmpty, "\(name) stands for \(code) and \(others)")
                }
            }
        }
    }
}
