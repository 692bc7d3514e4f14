import OasisCore
import OasisImport
import Testing

@Suite("Value-file problems in the page's language")
struct ValueProblemTextTests {
    let reader = IndicatorValueReader(
        context: ValueImportContext(
            regionCodes: ["A", "B", "C"], framework: HandWorkedExample.framework, currentYear: 2026, defaultSource: "file.csv"
        ))

    static let csv = """
        region,indicator,period,value,unit
        Z,I1,2025,50,%
        A,I9,2025,50,
        A,I1,2025,50,km
        A,I1,2025,abc,
        A,I1,2025,120,
        A,I1,2031,50,
        A,I1,20x5,50,
        B,I2,2025,-3,
        C,I1,2025,60,
        C,I1,2025,61,
        C,I1
        """

    @Test("every problem the reader reports is worded in Chinese, with its place")
    func chinese() throws {
        let problems = try reader.read(csv: Array(Self.csv.utf8)).problems.map { ValueProblemText.localized($0, in: .zhHans) }
        let worded = problems.map { "\($0.field ?? "")：\($0.reason)" }
        #expect(
            worded == [
                "第 2 行，“region”列：未知的区划代码“Z”",
                "第 3 行，“indicator”列：指标体系 example 2025 中没有指标“I9”",
                "第 4 行，“unit”列：单位“km”与指标 I1 的单位“%”不符",
                "第 5 行，“value”列：“abc”不是数字",
                "第 6 行，“value”列：120 是百分比，须在 0–100 之间",
                "第 7 行，“period”列：年度 2031 在未来（今年是 2026）",
                "第 8 行，“period”列：“20x5”不是年份（如 2025）",
                "第 9 行，“value”列：计数（栋）不能为负数：-3",
                "第 11 行，“value”列：与第 10 行冲突：C I1 2025 在那里是 60.0，这里是 61.0",
                "第 12 行：本行有 2 个字段，表头有 5 个",
            ])
    }

    @Test("the English wording keeps the reader's sense; a reason no pattern knows is kept as written")
    func english() {
        #expect(ValueProblemText.reason(#"unknown region code "Z""#, in: .en) == "unknown region code “Z”")
        #expect(ValueProblemText.reason("1e400 is outside 0–1e15", in: .zhHans) == "数值 1e400 超出允许范围")
        #expect(ValueProblemText.reason("something new", in: .zhHans) == "something new")
        #expect(ValueProblemText.place(.init(row: 4, column: "U01", reason: "x"), in: .en) == "row 4, column U01")
    }
}
