import Foundation
import Testing

/// `--lang`, `OASIS_LANG` and a Uyghur `LANG` choose the language of the CLI's summaries; without them the
/// output is what it was (bilingual English and Chinese for audit verify, zh-Hans for check).
@Suite("The CLI's language: --lang, OASIS_LANG, LANG", .serialized)
struct CLILanguageCLITests {
    static let intactEnglish = "audit chain intact: 0 events"
    static let intactChinese = "审计哈希链完整：共 0 条记录；链头哈希"
    static let intactUyghur = "تەپتىش خاتىرىسىنىڭ زەنجىرى پۈتۈن: جەمئىي 0 خاتىرە"

    @Test("audit verify: bilingual by default (also with an English LANG); one language when one is chosen; a bad one is refused")
    func auditVerify() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        #expect(try OasisBinary.run(["migrate", "--database", database]).status == 0)
        let verify = ["audit", "verify", "--database", database]
        for environment in [[:], ["LANG": "en_US.UTF-8"], ["LANG": "zh_CN.UTF-8"]] {
            let plain = try OasisBinary.run(verify, environment: environment)
            #expect(plain.status == 0)
            #expect(plain.stdout.contains(Self.intactEnglish) && plain.stdout.contains(Self.intactChinese), "\(environment)")
            #expect(!plain.stdout.contains(Self.intactUyghur))
        }
        let uyghur = try OasisBinary.run(verify + ["--lang", "ug"])
        #expect(uyghur.stdout.contains(Self.intactUyghur))
        #expect(uyghur.stdout.contains("تەپتىش لەڭگەر ھۆججىتى سەپلەنمىگەن") || uyghur.stdout.contains("ھۆججىتىگە تېخى لەڭگەر يېزىلمىغان"))
        #expect(!uyghur.stdout.contains(Self.intactEnglish) && !uyghur.stdout.contains(Self.intactChinese))
        let chinese = try OasisBinary.run(verify, environment: ["OASIS_LANG": "zh-Hans"])
        #expect(chinese.stdout.contains(Self.intactChinese) && !chinese.stdout.contains(Self.intactEnglish))
        let fromLocale = try OasisBinary.run(verify, environment: ["LANG": "ug_CN.UTF-8"])
        #expect(fromLocale.stdout.contains(Self.intactUyghur))
        let flagWins = try OasisBinary.run(verify + ["--lang", "en"], environment: ["OASIS_LANG": "ug"])
        #expect(flagWins.stdout.contains(Self.intactEnglish) && !flagWins.stdout.contains(Self.intactUyghur))
        let bad = try OasisBinary.run(verify + ["--lang", "fr"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--lang takes zh-Hans, en or ug, not \"fr\""))
        let badVariable = try OasisBinary.run(verify, environment: ["OASIS_LANG": "xx"])
        #expect(badVariable.status != 0)
        #expect(badVariable.stderr.contains("OASIS_LANG takes zh-Hans, en or ug"))
    }

    @Test("check --lang ug prints the health check's summary and the indicators' names in Uyghur")
    func check() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try OasisBinary.run(["serve", "--port", "0", "--log-level", "warning"], timeout: 6, directory: directory)
        let database = directory.appendingPathComponent("oasis-data/oasis.sqlite").path
        let uyghur = try OasisBinary.run(["check", "--region", "650000", "--lang", "ug", "--database", database])
        #expect(uyghur.status == 0, "\(uyghur.stderr)")
        #expect(uyghur.stdout.contains("(650000) — شەھەر سالامەتلىك تەكشۈرۈشى"))
        #expect(uyghur.stdout.contains("ئومۇمىي نومۇر"))
        #expect(uyghur.stdout.contains("5 مىنۇتلۇق تۇرمۇش چەمبىرىكى ئۆلچەمگە يەتكەن ئاھالە نىسبىتى"))
        #expect(uyghur.stdout.contains("نىشان P03 ≥ 65 (2030)"))
        let chinese = try OasisBinary.run(["check", "--region", "650000", "--database", database])
        #expect(chinese.stdout.contains("(650000) — 城市体检"))
        #expect(chinese.stdout.contains("综合得分"))
    }

    @Test("region and values import: English by default as before, Chinese or Uyghur under --lang or OASIS_LANG")
    func imports() throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        let regions = directory.appendingPathComponent("regions.csv")
        try "code,parent_code,level,name_zh,name_en\n650000,,province,新疆,Xinjiang\n650100,650000,prefecture,乌鲁木齐市,Urumqi\n".write(
            to: regions, atomically: true, encoding: .utf8)
        let english = try OasisBinary.run(["region", "import", regions.path, "--database", database])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout == "\(regions.path): 2 inserted, 0 updated, 0 unchanged\n")
        let uyghur = try OasisBinary.run(["region", "import", regions.path, "--lang", "ug", "--database", database])
        #expect(uyghur.stdout == "\(regions.path): 0 قوشۇلدى، 0 يېڭىلاندى، 2 ئۆزگەرمىدى\n")
        let chinese = try OasisBinary.run(["region", "import", regions.path, "--database", database], environment: ["OASIS_LANG": "zh-Hans"])
        #expect(chinese.stdout == "\(regions.path)：新增 0 个，更新 0 个，未变 2 个\n")

        let values = directory.appendingPathComponent("values.csv")
        try "region,indicator,period,value\n650100,U01,2025,97.5\n".write(to: values, atomically: true, encoding: .utf8)
        let valuesEnglish = try OasisBinary.run(["values", "import", values.path, "--database", database])
        #expect(valuesEnglish.status == 0, "\(valuesEnglish.stderr)")
        #expect(valuesEnglish.stdout.hasPrefix("\(values.path): 1 rows (long layout), 1 values valid, 1 written or changed, 0 rows rejected\n"))
        #expect(valuesEnglish.stdout.contains("problem ledger: "))
        let valuesUyghur = try OasisBinary.run(["values", "import", values.path, "--lang", "ug", "--database", database])
        #expect(valuesUyghur.stdout.hasPrefix("\(values.path): 1 قۇر (long شەكىل)، 1 توغرا قىممەت، 0 يېزىلدى ياكى ئۆزگەرتىلدى، 0 قۇر رەت قىلىندى\n"))
        #expect(valuesUyghur.stdout.contains("مەسىلە دەپتىرى: "))
        #expect(!valuesUyghur.stdout.contains("problem ledger"))
        let bad = try OasisBinary.run(["values", "import", values.path, "--lang", "uy", "--database", database])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--lang takes zh-Hans, en or ug, not \"uy\""))
    }
}
