import Foundation
import OasisCore
import OasisTestSupport
import PropertyBased
import Testing

@Suite("NumberText: display formatting is total over every Double")
struct NumberTextTests {
    @Test("hand-worked values, including those past Int's range that used to trap")
    func examples() {
        #expect(NumberText.grouped(0.0) == "0")
        #expect(NumberText.grouped(Int.min) == "-9,223,372,036,854,775,808")
        #expect(NumberText.grouped(-0.0) == "0")
        #expect(NumberText.grouped(1234.4) == "1,234")
        #expect(NumberText.grouped(1234.5) == "1,235")
        #expect(NumberText.grouped(-1_000_000.0) == "-1,000,000")
        #expect(NumberText.grouped(1e19) == "10,000,000,000,000,000,000")
        #expect(NumberText.grouped(9.3e18) == "9,300,000,000,000,000,000")
        // 2^64 exactly.
        #expect(NumberText.grouped(18_446_744_073_709_551_616.0) == "18,446,744,073,709,551,616")
        #expect(NumberText.grouped(.infinity) == "—")
        #expect(NumberText.grouped(.nan) == "—")
        #expect(NumberText.grouped(nil) == "—")
        #expect(NumberText.plain(1e9) == "1000000000")
        #expect(NumberText.plain(0.5) == "0.5")
        #expect(NumberText.plain(1e21) == "1e+21")
        // 1e308 written out has 309 digits, and they read back as 1e308.
        let digits = NumberText.grouped(1e308).replacingOccurrences(of: ",", with: "")
        #expect(digits.count == 309)
        #expect(Double(digits) == 1e308)
    }

    @Test("any Double formats without trapping; whole finite values read back exactly from their digits")
    func total() async {
        await propertyCheck(count: 300, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet) { choice, bits in
            let value = ExtremeNumbers.value(choice, bits)
            let text = NumberText.grouped(value)
            if value.isFinite {
                let digits = text.replacingOccurrences(of: ",", with: "")
                #expect(Double(digits) == value.rounded() || (value.rounded() == 0 && digits == "0"))
            } else {
                #expect(text == "—")
            }
        }
    }
}
