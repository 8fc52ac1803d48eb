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

    /// secretary replaces a picture whose frame is named by a tag; Paperwork says to type `image(…)` instead.
    @Test(arguments: Format.allCases) func secretaryImageFramesAreNamed(format: Format) throws {
        let picture =
            format == .odt
            ? "<text:p>Логотип: <draw:frame xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" draw:name=\"{{ school.logo }}\"><draw:image "
                + "xlink:href=\"Pictures/logo.png\"/></draw:frame></text:p>"
            : "<w:p><w:r><w:t>Логотип: </w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" "
                + "name=\"{{ school.logo }}\"/></wp:inline></w:drawing></w:r></w:p>"
        let plain =
            format == .odt
            ? "<text:p><draw:frame xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                + "draw:name=\"Рисунок 1\"/>{{ name }}</text:p>" : format.paragraph("{{ name }}")
        let bytes = try format.document([picture, plain])
        let problems = try Render.problems(bytes, data: Render.data([("name", .string("Ершова"))]))
        #expect(problems.map(\.code) == [.unsupported])
        #expect(problems.first?.location.tag == "{{ school.logo }}")
        #expect(problems.first?.location.paragraph == 1)
        #expect(
            problems.first?.message
                == "рисунок назван «{{ school.logo }}» — так подменяет рисунки secretary, а Paperwork рисунки шаблона не "
                + "подменяет; удалите рисунок и наберите на его месте текстом {{ image(school.logo, width=\"3cm\") }} "
                + "(PNG или JPEG в данных в base64)")
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
