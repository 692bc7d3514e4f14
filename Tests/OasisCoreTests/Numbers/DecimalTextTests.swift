import OasisCore
import OasisTestSupport
import PropertyBased
import Testing

@Suite("DecimalText: numbers from text in plain decimal notation only")
struct DecimalTextTests {
    @Test("decimal notation is read; hexadecimal, inf, nan, blanks and junk are not")
    func examples() {
        #expect(DecimalText.number("43.8") == 43.8)
        #expect(DecimalText.number("-12") == -12)
        #expect(DecimalText.number("+.5") == 0.5)
        #expect(DecimalText.number("7.") == 7)
        #expect(DecimalText.number("1.2E-3") == 0.0012)
        #expect(DecimalText.number("1e+19") == 1e19)
        for text in ["0x1p5", "0X20", "inf", "-infinity", "nan", "NaN", "", " 1", "1 ", "1e", "e5", ".", "-", "1.2.3", "1e999", "１２", "1_000"] {
            #expect(DecimalText.number(text) == nil, "\(text)")
        }
        #expect(DecimalText.integer("2025") == 2025)
        #expect(DecimalText.integer("9223372036854775808") == nil)
        #expect(DecimalText.integer("0x10") == nil)
    }

    @Test("every finite Double's own text reads back as itself; non-finite ones are refused")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet) { choice, bits in
            let value = ExtremeNumbers.value(choice, bits)
            let read = DecimalText.number(value.description)
            if value.isFinite {
                #expect(read == value)
            } else {
                #expect(read == nil)
            }
        }
    }
}
