import Foundation
import TestSupport
import Testing

@testable import RussianText

/// Every row of two tables of names, each with its 15 oblique forms, must come out exactly: the
/// project's reference table (a verbatim copy in `Tests/Fixtures/reference`) and the corpus of
/// hard patterns in `Tests/Fixtures/names`, written from Розенталь's paradigms. The rules know
/// nothing of either file.
@Suite struct NamesReferenceTests {
    @Test(arguments: [
        ("reference/names-declension.tsv", 100),
        ("names/names-corpus.tsv", 600),
    ])
    func everyNameDeclines(file: String, atLeast rows: Int) throws {
        let text = try String(contentsOfFile: Paths.fixture(file), encoding: .utf8)
        var names = 0
        var total = 0
        var misses: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 19, let gender = Gender(code: cells[0]) else { continue }
            names += 1
            let produced = FullName(surname: cells[1], first: cells[2], patronymic: cells[3], gender: gender)
                .referenceForms
            for (index, expected) in cells[4...].enumerated() {
                total += 1
                if produced[index] != expected {
                    misses.append(
                        "\(cells[1]) \(cells[2]) \(cells[3]) [\(index)]: ожидалось «\(expected)», получено «\(produced[index])»"
                    )
                }
            }
        }
        print("\(file): \(names) имён, \(total - misses.count) из \(total) форм совпали")
        #expect(names >= rows)
        #expect(misses.isEmpty, "\(misses.prefix(40).joined(separator: "\n"))")
    }
}
