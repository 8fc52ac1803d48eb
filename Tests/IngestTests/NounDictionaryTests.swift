import Diagnostics
import Foundation
import RussianText
import Testing

@testable import Ingest

/// The nouns a department adds for `agree`, read from YAML with located problems.
@Suite struct NounDictionaryTests {
    @Test func nounsAreAddedToTheStandardOnes() throws {
        let text = """
            issuer: [Управление образования]
            nouns:
              кружок:
                gender: m
                singular: кружок, кружка, кружку, кружок, кружком, кружке
                plural: кружки, кружков, кружкам, кружки, кружками, кружках
              вожатый: {gender: m, adjective: true}

            """
        let nouns = try NounDictionary.load(NamedBytes(name: "отдел.yaml", text: text))
        #expect(
            try CountedPhrase.agree(3, "спортивный кружок", case: .prepositional, dictionary: nouns)
                == "3 спортивных кружках")
        #expect(
            try CountedPhrase.agree(2, "вожатый", case: .accusative, inWords: true, dictionary: nouns) == "двух вожатых"
        )
        #expect(try CountedPhrase.agree(5, "школа", case: .genitive, dictionary: nouns) == "5 школ")
    }

    @Test func aFileWithoutNounsGivesTheStandardOnes() throws {
        let nouns = try NounDictionary.load(NamedBytes(name: "отдел.yaml", text: "issuer: [Управление]\n"))
        #expect(nouns.entries.count == NounDictionary.standard.entries.count)
    }

    @Test func problemsAreLocated() {
        let text = """
            nouns:
              кружок:
                gender: x
              секция:
                gender: f
                singular: секция, секции
                plural: секции, секций, секциям, секции, секциями, секциях
              вожатый: {gender: m, adjective: maybe}

            """
        let found = Reported.of { _ = try NounDictionary.load(NamedBytes(name: "отдел.yaml", text: text)) }
        #expect(
            found.map(\.description) == [
                "3:13 bad_field: nouns.кружок.gender: m, f или n, а не «x»",
                "5:5 bad_field: nouns.секция: в singular и plural нужно по шесть форм через запятую, по падежам: и., р., д., в., т., п.",
                "8:35 bad_field: nouns.вожатый.adjective: true или false",
            ])
    }
}
