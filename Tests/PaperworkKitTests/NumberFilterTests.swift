import PaperworkKit
import TemplateEngine
import TestSupport
import Testing

/// `words`, `ordinal`, `ordinal_words` in a real ODT template.
@Suite struct NumberFilterTests {
    func render(_ tag: String, _ data: [(String, TemplateValue)] = [("n", .number(26))]) throws -> String {
        let template = try Template(
            bytes: try DocumentFixture.odt(body: DocumentFixture.tp(tag)), label: "t.odt", filters: Filters.all)
        return try OfficeDocumentText.paragraphs(try template.render(.object(data))).joined(separator: "\n")
    }

    @Test func wordsInACase() throws {
        #expect(try render("в {{ n | words(\"prepositional\") }}") == "в двадцати шести")
        #expect(try render("{{ n | words(\"f\", \"родительный\") }}", [("n", .number(21))]) == "двадцати одной")
        #expect(try render("{{ n | words(\"accusative\", \"animate\") }}", [("n", .number(2))]) == "двух")
        #expect(try render("{{ n | words(\"f\") }}", [("n", .number(2))]) == "две")
    }

    @Test func ordinals() throws {
        #expect(try render("{{ n | ordinal(\"n\") }} место", [("n", .number(2))]) == "2-е место")
        #expect(
            try render("во {{ n | ordinal_words(\"prepositional\", \"n\") }} полугодии", [("n", .number(2))])
                == "во втором полугодии")
        #expect(try render("{{ n | ordinal(\"f\", \"genitive\") }}", [("n", .number(3))]) == "3-й")
    }

    @Test func badOptionsAreReported() {
        #expect(throws: TemplateError.self) { try render("{{ n | words(\"plural\") }}") }
        #expect(throws: TemplateError.self) { try render("{{ n | ordinal }}", [("n", .number(0))]) }
        #expect(throws: TemplateError.self) { try render("{{ n | words }}", [("n", .number(2.5))]) }
    }
}

extension NumberFilterTests {
    @Test func agreeWithANounPhrase() throws {
        #expect(
            try render("в {{ n | agree(\"общеобразовательная организация\", \"prepositional\") }}")
                == "в 26 общеобразовательных организациях")
        #expect(
            try render("в {{ n | agree(\"общеобразовательная организация\", \"prepositional\", \"words\") }}")
                == "в двадцати шести общеобразовательных организациях")
        #expect(
            try render("из {{ n | agree(\"балл\", \"genitive\", \"words\") }}", [("n", .number(17))])
                == "из семнадцати баллов")
        #expect(try render("{{ n | agree(\"ОО\", \"dative\", \"words\") }}", [("n", .number(2))]) == "двум ОО")
        // Typography keeps a number with its unit: a no-break space.
        #expect(try render("{{ n | agree(\"балл\") }}", [("n", .number(2.5))]) == "2,5\u{00A0}балла")
    }

    @Test func agreeReportsAnUnknownNoun() {
        #expect(throws: TemplateError.self) { try render("{{ n | agree(\"спортивный кружок\", \"genitive\") }}") }
        #expect(throws: TemplateError.self) { try render("{{ n | agree(\"genitive\") }}") }
    }

    @Test func aDepartmentsNounsExtendTheDictionary() throws {
        let kruzhok = try #require(
            NounEntry(
                gender: .masculine, singular: "кружок кружка кружку кружок кружком кружке",
                plural: "кружки кружков кружкам кружки кружками кружках"))
        let filters = Filters.registry(nouns: NounDictionary.standard.adding(["кружок": kruzhok]))
        let template = try Template(
            bytes: try DocumentFixture.odt(
                body: DocumentFixture.tp("в {{ n | agree(\"спортивный кружок\", \"prepositional\", \"words\") }}")),
            label: "t.odt", filters: filters)
        let text = try OfficeDocumentText.paragraphs(try template.render(.object([("n", .number(3))])))
        #expect(text.joined() == "в трёх спортивных кружках")
    }
}
