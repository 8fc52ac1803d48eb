import TemplateEngine
import TestSupport
import Testing

/// A share (доля) prints as a Russian percent with one decimal and a non-breaking space, and
/// filters, conditions and `default` treat it as the fraction it is.
@Suite struct ShareValueTests {
    typealias F = DocumentFixture
    static let data = Render.data([("low", .share(9.0 / 26)), ("zero", .share(0)), ("all", .share(1))])

    static func inline(_ text: String) throws -> String {
        try InlineTemplate(text, filters: .standard).render(Self.data, filters: .standard)
    }

    @Test(arguments: [
        ("{{ low }}", "34,6\u{A0}%"),
        ("{{ all }}", "100,0\u{A0}%"),
        ("{{ low | percent(2) }}", "34,62\u{A0}%"),
        ("{{ low | percent(0) }}", "35\u{A0}%"),
        ("{{ low | number(3) }}", "0,346"),
        ("{{ zero | default(\"—\") }}", "0,0\u{A0}%"),
        ("{{ low | upper }}", "34,6\u{A0}%"),
    ])
    func printsAndFilters(text: String, expected: String) throws {
        #expect(try Self.inline(text) == expected)
    }

    @Test func documentsPrintItTheSameWayAndCompareItAsAFraction() throws {
        // Fixture text is XML: «&gt;» and «&lt;» are the comparison signs.
        let text =
            "Доля: {{ low }}{% if low &gt; 0.3 and low &lt; 0.35 %}, треть{% endif %}{% if zero %}, есть{% endif %}"
        let docx = try F.docx(body: F.p(text))
        let odt = try F.odt(body: F.tp(text))
        #expect(try Render.paragraphs(docx, data: Self.data) == ["Доля: 34,6\u{A0}%, треть"])
        #expect(try Render.paragraphs(odt, data: Self.data) == ["Доля: 34,6\u{A0}%, треть"])
    }

    @Test func isANumberOfItsOwnKind() {
        #expect(TemplateValue.share(0.5).number == 0.5)
        #expect(TemplateValue.share(0.5).kindName == "доля")
        #expect(TemplateValue.share(0).isTruthy == false)
    }
}
