import Foundation
import OasisCore
import OasisImport
import OasisTestSupport
import Testing

@Suite("Import templates")
struct ImportTemplateTests {
    static let regions = [ImportTemplateChoice(value: "650100", meaning: "乌鲁木齐市"), ImportTemplateChoice(value: "650200", meaning: "克拉玛依市")]
    static let indicators = [ImportTemplateChoice(value: "U01", meaning: "城市生活污水集中收集率"), ImportTemplateChoice(value: "D01", meaning: "房屋安全隐患")]

    /// The headers written by hand from docs/import-formats.md's table of Chinese names.
    static let valueHeaders = ["区划代码 (region)", "指标代码 (indicator)", "年份 (period)", "数值 (value)", "数据来源 (source)", "计量单位 (unit)"]
    static let projectHeaders = [
        "项目代码 (code)", "项目名称 (name_zh)", "英文名称 (name_en)", "维吾尔文名称 (name_ug)", "项目类型 (type)", "区划代码 (region)",
        "牵头单位 (unit)", "项目阶段 (stage)", "经度 (longitude)", "纬度 (latitude)", "财政资金 (budget_fiscal)", "专项债券 (budget_special_bonds)",
        "社会资本 (budget_social_capital)", "银行融资 (budget_bank_finance)", "计划投资 (planned_investment)", "完成投资 (actual_investment)",
        "计划开工日期 (planned_start)", "计划完工日期 (planned_end)", "实际完工日期 (actual_end)", "是否涉及住宅 (residential)",
        "最大建筑高度（米） (max_height_m)", "政策措施 (measures)", "问题编号 (problems)", "任务编号 (task_id)", "里程碑 (milestones)", "进度 (progress)",
    ]

    static let sensorHeaders = ["传感器编号 (code)", "监测量 (quantity)", "计量单位 (unit)", "设施编号 (asset)", "报警规则 (rules)"]
    static let assets = [ImportTemplateChoice(value: "GAS-MAIN-1", meaning: "友好路燃气主管"), ImportTemplateChoice(value: "BR-2", meaning: "和平桥")]
    static let hazardHeaders = [
        "危险源编号 (code)", "危险源名称 (name_zh)", "英文名称 (name_en)", "维吾尔文名称 (name_ug)", "责任单位 (owner_unit)", "区划代码 (region)",
        "经度 (longitude)", "纬度 (latitude)", "周边人数 (exposed_people)", "危险物质 (substance)", "最大存量（吨） (tonnes)",
    ]
    static let caseHeaders = [
        "案件编号 (external_id)", "受理时间 (created_at)", "办结时间 (closed_at)", "案件类别 (category)", "来源渠道 (channel)", "问题描述 (description)",
        "地址 (address)", "经度 (longitude)", "纬度 (latitude)", "区划代码 (region)", "责任单位 (unit)",
    ]
    static let units = [ImportTemplateChoice(value: "沙依巴克区城管局", meaning: "650103")]
    static let kinds: [(ImportTemplateKind, [String])] = [
        (.indicatorValues, valueHeaders), (.projects, projectHeaders), (.lifelineSensors, sensorHeaders), (.majorHazards, hazardHeaders),
        (.cases, caseHeaders),
    ]

    static func template(_ kind: ImportTemplateKind, _ language: Language = .zhHans) -> ImportTemplate {
        ImportTemplate(kind: kind, regions: regions, indicators: indicators, assets: assets, units: units, language: language)
    }

    @Test("the data sheet comes first with each column's Chinese name and code; instructions and codes follow, named in the language")
    func sheetsAndHeaders() throws {
        #expect(Self.kinds.map(\.0) == ImportTemplateKind.allCases)
        for (kind, headers) in Self.kinds {
            let workbook = try XLSXWorkbook(data: Self.template(kind).workbook())
            #expect(workbook.sheetNames == ["数据", "填写说明", "代码表"])
            #expect(try workbook.rows().first?.cells == headers)
            // Every header stands for its column as the imports read headers.
            // Every header stands for its column as the imports read headers (the case import reads them through the
            // template's mapping, which names each header cell as written).
            for (header, column) in zip(headers, kind.columns) {
                if kind == .cases {
                    #expect(CaseImportMapping.template(taxonomy: .builtIn).columnNames.contains(header), "\(header)")
                } else {
                    #expect(ImportColumnNames.matches(header, column.code))
                }
            }
            let english = try XLSXWorkbook(data: Self.template(kind, .en).workbook())
            #expect(english.sheetNames == ["Data", "Instructions", "Codes"])
            let title = [
                "indicator-values": "Indicator values", "projects": "Project library", "lifeline-sensors": "Lifeline sensors",
                "major-hazards": "Major hazard sources", "cases": "Historical cases",
            ][kind.rawValue]
            #expect(try english.rows(sheet: "Instructions").first?.cells.first?.hasPrefix(title ?? "?") == true)
            let uyghur = try XLSXWorkbook(data: Self.template(kind, .ug).workbook())
            #expect(uyghur.sheetNames == ["سانلىق مەلۇمات", "چۈشەندۈرۈش", "كودلار"])
        }
    }

    @Test("drop-down lists cover 1000 rows and point at the codes sheet's columns, which hold the regions, indicators, types and stages")
    func dropDowns() throws {
        let values = try XLSXParts(Self.template(.indicatorValues).workbook())
        #expect(
            XLSXParts.listValidations(in: values.text("xl/worksheets/sheet1.xml")) == [
                "A2:A1001": "'代码表'!$A$2:$A$3", "B2:B1001": "'代码表'!$C$2:$C$3",
            ])
        let valueCodes = try XLSXWorkbook(data: Self.template(.indicatorValues).workbook()).rows(sheet: "代码表")
        #expect(
            valueCodes.map(\.cells) == [
                ["区划代码 (region)", "含义", "指标代码 (indicator)", "含义"], ["650100", "乌鲁木齐市", "U01", "城市生活污水集中收集率"],
                ["650200", "克拉玛依市", "D01", "房屋安全隐患"],
            ])

        let bytes = try Self.template(.projects).workbook()
        let projects = try XLSXParts(bytes)
        // type (E), region (F), stage (H), residential (T); nine types, two regions, five stages, yes and no.
        #expect(
            XLSXParts.listValidations(in: projects.text("xl/worksheets/sheet1.xml")) == [
                "E2:E1001": "'代码表'!$A$2:$A$10", "F2:F1001": "'代码表'!$C$2:$C$3", "H2:H1001": "'代码表'!$E$2:$E$6",
                "T2:T1001": "'代码表'!$G$2:$G$3",
            ])
        // The reader drops a row's empty cells at its end, so a shorter list's column may be missing.
        func column(_ rows: [[String]], _ index: Int) -> [String] { rows.map { index < $0.count ? $0[index] : "" } }
        let codes = try XLSXWorkbook(data: bytes).rows(sheet: "代码表").dropFirst().map(\.cells)
        #expect(column(codes, 4).prefix(5) == ["储备", "前期", "在建", "竣工", "已验收"])
        #expect(column(codes, 0).contains("老旧小区改造") && column(codes, 0).contains("口袋公园"))
        #expect(column(codes, 6).prefix(2) == ["是", "否"])
        // An English template lists the codes themselves.
        let english = try XLSXWorkbook(data: Self.template(.projects, .en).workbook()).rows(sheet: "Codes").dropFirst().map(\.cells)
        #expect(column(english, 4).prefix(5) == ["reserve", "preparation", "under_construction", "completed", "accepted"])
    }

    @Test("the sensor template lists the quantities by label and the assets by code, and a filled-in copy imports as it is")
    func sensorTemplate() throws {
        let bytes = try Self.template(.lifelineSensors).workbook(filledWith: [
            [.text("GAS-01"), .text("可燃气体浓度"), .text("%LEL"), .text("GAS-MAIN-1"), .text("")],
            [.text("BR-2-S"), .text("应变"), .text("με"), .text("BR-2"), .text("")],
        ])
        // quantity (B) from the ten quantities, asset (D) from the two assets.
        #expect(
            XLSXParts.listValidations(in: try XLSXParts(bytes).text("xl/worksheets/sheet1.xml")) == [
                "B2:B1001": "'代码表'!$A$2:$A$11", "D2:D1001": "'代码表'!$C$2:$C$3",
            ])
        let codes = try XLSXWorkbook(data: bytes).rows(sheet: "代码表").map(\.cells)
        #expect(codes.first == ["监测量 (quantity)", "含义", "设施编号 (asset)", "含义"])
        #expect(codes[1] == ["可燃气体浓度", "gas_concentration", "GAS-MAIN-1", "友好路燃气主管"])
        let read = try LifelineSensorTableReader().read(bytes, fileName: "filled.xlsx")
        #expect(
            read.sensors == [
                LifelineSensor(code: "GAS-01", quantity: .gasConcentration, unit: "%LEL", asset: "GAS-MAIN-1", rules: []),
                LifelineSensor(code: "BR-2-S", quantity: .strain, unit: "με", asset: "BR-2", rules: []),
            ])
    }

    @Test("the hazard template lists the units, regions and GB 18218 substances; a filled-in copy imports with the standard's figures")
    func hazardTemplate() throws {
        // Chlorine by its Chinese name and ammonia by its CAS number, 40 t and 20 t, 60 people: two rows of one source.
        let bytes = try Self.template(.majorHazards).workbook(filledWith: [
            [
                .text("HZ-CL"), .text("沙依巴克区水厂加氯间"), .text(""), .text(""), .text("沙依巴克区城管局"), .text("650200"), .number(87.55), .number(43.8),
                .number(60), .text("氯"), .number(40),
            ],
            [
                .text("HZ-CL"), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""), .text("7664-41-7"),
                .number(20),
            ],
        ])
        let validations = XLSXParts.listValidations(in: try XLSXParts(bytes).text("xl/worksheets/sheet1.xml"))
        #expect(validations["E2:E1001"] == "'代码表'!$A$2:$A$2")
        #expect(validations["F2:F1001"] == "'代码表'!$C$2:$C$3")
        let tables = GB18218Tables.standard
        #expect(validations["J2:J1001"] == "'代码表'!$E$2:$E$\(1 + tables.substances.count + tables.categories.count)")
        let codes = try XLSXWorkbook(data: bytes).rows(sheet: "代码表").map(\.cells)
        #expect(codes.dropFirst().contains { $0.count > 5 && $0[4] == "氯" && $0[5] == "CAS 7782-50-5" })
        let read = try MajorHazardTableReader().read(bytes, fileName: "filled.xlsx")
        #expect(read.sources.map(\.code) == ["HZ-CL"])
        #expect(
            read.sources.first?.inventory == [HazardInventoryItem(cas: "7782-50-5", tonnes: 40), HazardInventoryItem(cas: "7664-41-7", tonnes: 20)])
        #expect(read.sources.first?.exposedPeople == 60)
        // A negative quantity is refused by its row, and the locator places store problems on rows too.
        let bad = try Self.template(.majorHazards).workbook(filledWith: [
            [
                .text("HZ-X"), .text("某仓库"), .text(""), .text(""), .text("沙依巴克区城管局"), .text("650200"), .number(87.5), .number(43.8), .number(0),
                .text("氯"), .number(-5),
            ]
        ])
        let error = #expect(throws: OasisError.self) { try MajorHazardTableReader().read(bad, fileName: "bad.xlsx") }
        #expect(error?.details.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["2:tonnes"])
        #expect(read.locate.detail(index: 0, field: "inventory[1].tonnes").row == 3)
    }

    @Test("day columns are styled with a date number format")
    func dateColumns() throws {
        let parts = try XLSXParts(Self.template(.projects).workbook())
        #expect(parts.text("xl/styles.xml").contains(#"<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>"#))
        #expect(parts.text("xl/styles.xml").contains(#"<xf numFmtId="164""#))
        let sheet = parts.text("xl/worksheets/sheet1.xml")
        // Q, R, S: planned_start, planned_end, actual_end (columns 17–19), and no other column.
        let styled = try NSRegularExpression(pattern: #"<col min="([0-9]+)" max="[0-9]+" width="[0-9.]+" customWidth="1" style="1"/>"#)
        let columns = styled.matches(in: sheet, range: NSRange(sheet.startIndex..., in: sheet)).compactMap { match in
            Range(match.range(at: 1), in: sheet).flatMap { Int(sheet[$0]) }
        }
        #expect(columns == [17, 18, 19])
    }

    static let sofficePaths = ["/usr/bin/soffice", "/usr/local/bin/soffice"]

    @Test(
        "LibreOffice opens each template: converted back to CSV its first line is the header, and its own XLSX keeps the drop-downs",
        .enabled(if: TestPrerequisite.runs(TestPrerequisite.hasTool(sofficePaths)), "needs LibreOffice (Debian: libreoffice-calc-nogui)"))
    func libreOffice() throws {
        let soffice = try TestPrerequisite.tool(Self.sofficePaths, package: "libreoffice-calc-nogui")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (kind, headers) in Self.kinds {
            let file = directory.appendingPathComponent("\(kind.rawValue).xlsx")
            try Data(Self.template(kind).workbook()).write(to: file)
            for filter in ["csv:Text - txt - csv (StarCalc):44,34,76", "xlsx"] {
                let conversion = try ChildProcess.run(
                    soffice,
                    [
                        "--headless", "-env:UserInstallation=file://\(directory.path)/profile", "--convert-to", filter, "--outdir",
                        directory.appendingPathComponent("out").path, file.path,
                    ], timeout: 180)
                #expect(conversion.status == 0, "soffice --convert-to \(filter): \(conversion.stderr)")
            }
            let csv = try String(contentsOf: directory.appendingPathComponent("out/\(kind.rawValue).csv"), encoding: .utf8)
            #expect(csv.split(separator: "\n").first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } == headers)
            let converted = try XLSXParts(Array(Data(contentsOf: directory.appendingPathComponent("out/\(kind.rawValue).xlsx"))))
            let sheet = converted.text("xl/worksheets/sheet1.xml")
            #expect(sheet.contains("<dataValidation"))
            #expect(sheet.contains("代码表"))
        }
    }
}
