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
