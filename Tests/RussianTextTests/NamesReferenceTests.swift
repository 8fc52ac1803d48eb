import Foundation
import TestSupport
import Testing

@testable import RussianText

/// Every row of the project's reference table of names (a verbatim copy in
/// `Tests/Fixtures/reference`): the share of the 15 forms per row that the rules produce. The rules
/// know nothing of this file; a different set of names checks them too.
@Suite struct NamesReferenceTests {
    static let path = Paths.fixture("reference/names-declension.tsv")

    @Test func referenceNamesDecline() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        var total = 0
        var matched = 0
        var misses: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 19, let gender = Gender(code: cells[0]) else { continue }
            let produced = FullName(surname: cells[1], first: cells[2], patronymic: cells[3], gender: gender)
                .referenceForms
            for (index, expected) in cells[4...].enumerated() {
                total += 1
                if produced[index] == expected {
                    matched += 1
                } else {
                    misses.append(
                        "\(cells[1]) \(cells[2]) \(cells[3]) [\(index)]: ожидалось «\(expected)», получено «\(produced[index])»"
                    )
                }
            }
        }
        let share = Double(matched) / Double(max(total, 1))
        print("names-declension.tsv: \(matched) из \(total) форм совпали (\(String(format: "%.2f", share * 100)) %)")
        for miss in misses { print("  промах: \(miss)") }
        #expect(total > 1500)
        #expect(share >= 0.99, "\(misses.joined(separator: "\n"))")
    }
}
