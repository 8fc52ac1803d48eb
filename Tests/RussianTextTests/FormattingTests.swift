import Foundation
import RussianText
import Testing

/// Numbers and dates are written as `String(format:)` and the general formatting wrote them,
/// through the quick paths taken for whole numbers and padded digits.
@Suite struct FormattingTests {
    @Test func zeroPaddingAsPrintfPads() {
        for number in [-1000, -12, -1, 0, 1, 7, 42, 100, 999, 1000, 123_456] {
            for width in 0...5 {
                #expect(
                    RussianNumber.zeroPadded(number, width: width) == String(format: "%0\(width)d", number),
                    "\(number) \(width)")
            }
        }
    }

    @Test func numericDatesAsBefore() throws {
        for (year, month, day) in [(1, 1, 1), (999, 2, 28), (2023, 11, 8), (2024, 2, 29), (9999, 12, 31)] {
            let date = try #require(RussianDate(year: year, month: month, day: day))
            #expect(date.formatted(.numeric) == String(format: "%02d.%02d.%04d", day, month, year))
        }
    }

    @Test func compactWholeNumbersAsTheGeneralPath() {
        for value in stride(from: -1200.0, through: 1200.0, by: 1.0) + [
            -0.0, 999.0, 1000.0, -999.0, 0.5, 2.25, -3.5, 1234.5,
        ] {
            let general = RussianNumber.format(value, decimals: 2)
            var expected = general
            if expected.contains(",") {
                while expected.hasSuffix("0") { expected.removeLast() }
                if expected.hasSuffix(",") { expected.removeLast() }
            }
            #expect(RussianNumber.compact(value) == expected, "\(value)")
        }
    }

    @Test func hugeAndNonFiniteNumbersPrintWithoutTrapping() {
        #expect(RussianNumber.format(1.5e300, decimals: 2) == "1,5e+300")
        #expect(RussianNumber.format(-2e20, decimals: 0) == "−2e+20")
        #expect(
            RussianNumber.format(12_345_678_901_234.5, decimals: 2)
                == "12\u{00A0}345\u{00A0}678\u{00A0}901\u{00A0}234,50")
        #expect(RussianNumber.format(-0.004, decimals: 2) == "0,00")
        #expect(RussianNumber.format(0.999, decimals: 2) == "1,00")
        #expect(RussianNumber.format(999_999_999_999, decimals: 2) == "999\u{00A0}999\u{00A0}999\u{00A0}999,00")
        #expect(RussianNumber.format(.infinity, decimals: 1) == "∞")
        #expect(RussianNumber.format(-.infinity, decimals: 1) == "−∞")
        #expect(RussianNumber.format(.nan, decimals: 1) == "—")
        #expect(RussianNumber.percent(1e300) == "1e+302\u{00A0}%")
        #expect(RussianNumber.compact(1e20) == "1e+20")
        #expect(RussianNumber.format(2.5, decimals: 400) == "2,500000000000000")
        #expect(RussianNumber.format(2.5, decimals: -3) == "3")
    }
}
