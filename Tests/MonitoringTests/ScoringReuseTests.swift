import Foundation
import Tables
import TestSupport
import Testing

@testable import Ingest
@testable import Monitoring

/// Each distinct answer is scored once per indicator and shared by the schools that gave it: the
/// scores are exactly those the rule gives each school's answer, and filling a wording puts the
/// numbers and the noun where Foundation's replacement put them.
@Suite struct ScoringReuseTests {
    @Test(arguments: ["vpr-objectivity-2023.xlsx", "vpr-objectivity-2023.csv"])
    func sharedScoresAreEachSchoolsOwn(results: String) throws {
        let methodology = try Methodology.load(path: Paths.example("methodologies/vpr-objectivity.yaml"))
        let read = try ResultsReader.read(
            try TableFile.read(path: Paths.example("results/\(results)")), methodology: methodology)
        let rating = Rating(
            methodology: methodology,
            results: read
                + read.map { school in
                    SchoolResult(
                        id: school.id + "-копия", name: school.name + " (копия)", head: school.head,
                        answers: school.answers,
                        row: school.row + 1000, extras: school.extras)
                })
        #expect(rating.schools.count == 2 * read.count)
        for score in rating.schools {
            for (indicator, computed) in zip(methodology.indicators, score.indicators) {
                let answer = try #require(score.school.answers[indicator.id])
                let expected = indicator.rule.score(answer)
                #expect(
                    computed.id == indicator.id && computed.title == indicator.title
                        && computed.maximum == indicator.maximum)
                #expect(
                    computed.points == expected.points && computed.explanation == expected.explanation
                        && computed.answer == expected.answer)
            }
            #expect(score.total == score.indicators.reduce(0) { $0 + $1.points })
        }
    }

    @Test(arguments: [
        "подтверждено {n} из {total} {noun}", "{n}{n}{total}{noun}{noun}", "без подстановок", "", "{n", "{{n}}",
        "ё{n}ё {total}{", "{noun}{n}",
    ])
    func wordingsFillAsFoundationFilledThem(_ template: String) {
        let noun = PluralNoun(one: "форма", few: "формы", many: "форм")
        for (n, total) in [(0, 3), (2, 21), (11, 11), (5, 101)] {
            let expected = template.replacingOccurrences(of: "{n}", with: String(n))
                .replacingOccurrences(of: "{total}", with: String(total)).replacingOccurrences(
                    of: "{noun}", with: noun.afterFrom(total))
            #expect(Wording.fill(template, n: n, total: total, noun: noun) == expected)
        }
    }
}
