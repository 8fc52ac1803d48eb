import TemplateEngine
import TestSupport
import Testing

/// Templates written for docxtemplater or relatorio are reported tag by tag with what to write
/// instead, never returned unchanged with no error.
@Suite struct ForeignSyntaxTests {
    @Test(arguments: Format.allCases) func docxtemplaterTagsAreNamedWithTheirRewrite(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "{#schools}{name}, {/schools}", "{-w:p items}", "{^empty}нет{/empty}", "{%logo}",
            "Обычный текст {{ name }}")
        let problems = try Render.problems(bytes, data: Render.data([("name", .string("Ершова"))]))
        #expect(problems.map(\.code) == Array(repeating: .unsupported, count: 6))
        #expect(
            problems.map(\.location.tag) == [
                "{#schools}", "{/schools}", "{-w:p items}", "{^empty}", "{/empty}", "{%logo}",
            ])
        #expect(
            problems[0].message.hasPrefix(
                "тег «{#schools}» написан для docxtemplater, а Paperwork понимает синтаксис Jinja (как docxtpl); "
                    + "перепишите его: {% for item in schools %} … {% endfor %}"))
        #expect(problems[3].message.contains("{% if not empty %} … {% endif %}"))
        #expect(problems[5].message.contains("{{ image(logo) }}"))
    }

    @Test func relatorioPlaceholdersAndLinksAreNamed() throws {
        let placeholder =
            "<text:p><text:placeholder text:placeholder-type=\"text\">&lt;for each=\"s in schools\"&gt;</text:placeholder></text:p>"
        let link =
            "<text:p><text:a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"relatorio:///for\">конец</text:a></text:p>"
        let problems = try Render.problems(try DocumentFixture.odt(body: placeholder + link))
        #expect(problems.map(\.code) == [.unsupported, .unsupported])
        #expect(problems[0].location.tag == "<for each=\"s in schools\">")
        #expect(problems[0].message.contains("— поле relatorio"))
        #expect(problems[0].message.contains("<for each=\"x in xs\"> → {% for x in xs %}"))
        #expect(problems[1].location.tag == "relatorio:///for")
    }

    @Test(arguments: Format.allCases) func jinjaCommentsAndBracesInTextAreNotForeign(format: Format) throws {
        let bytes = try format.document(paragraphs: "{# пометка #}{{ name }} {1, 2} {#}")
        #expect(try Render.paragraphs(bytes, data: Render.data([("name", .string("Ершова"))])) == ["Ершова {1, 2} {#}"])
    }
}
