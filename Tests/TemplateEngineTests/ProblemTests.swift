import TemplateEngine
import TestSupport
import Testing

/// Every problem is reported, together, with a stable code, the part, the paragraph and the tag.
@Suite struct ProblemTests {
    typealias F = DocumentFixture

    @Test func allTemplateProblemsAreReportedTogether() throws {
        let bytes = try F.docx(
            body: F.p("Начало {{ school.name") + F.p("{% for s in schools %}") + F.p("{{ s | shout }}")
                + F.p("{% endif %}") + F.p("{{ a $ b }}") + F.p("{% endfor %}") + F.p("{% if x %}"))
        let error = #expect(throws: TemplateError.self) { try Template(bytes: bytes, label: "шаблон.docx") }
        let problems = try #require(error?.problems)
        #expect(problems.map(\.code) == [.unclosedTag, .unknownFilter, .syntax, .mismatchedEnd, .unclosedBlock])
        #expect(problems.map(\.location.paragraph) == [1, 3, 5, 4, 7])
        #expect(problems.allSatisfy { $0.location.part == "word/document.xml" })
        #expect(problems[0].message == "тег «{{ school.name» не закрыт: не хватает «}}»")
        #expect(
            problems[1].message.hasPrefix(
                "неизвестный фильтр «shout»; доступны: abs, capitalize, chart, count, date, default")
        )
        #expect(problems[2].message == "ошибка в теге «{{ a $ b }}»: непонятный символ «$»")
        #expect(
            problems[3].message
                == "«{% endif %}» не подходит к блоку «{% for s in schools %}» (word/document.xml, абзац 2); ожидался {% endfor %}"
        )
        #expect(problems[4].message == "блок «{% if x %}» не закрыт; добавьте {% endif %}")
        #expect(error?.description.hasPrefix("шаблон.docx: word/document.xml, абзац 1: unclosed_tag: ") == true)
    }

    @Test func unopenedBlock() throws {
        let problems = try Render.problems(try F.odt(body: F.tp("текст {% endfor %}")))
        #expect(problems.map(\.code) == [.unopenedBlock])
        #expect(problems.first?.location.part == "content.xml")
        #expect(problems.first?.location.tag == "{% endfor %}")
    }

    @Test func unknownStatement() throws {
        let problems = try Render.problems(try F.docx(body: F.p("{% while x %}")))
        #expect(problems.map(\.code) == [.syntax])
        #expect(problems.first?.message.contains("неизвестная команда «while»") == true)
    }

    @Test func missingDataListsEveryPathWithItsPlace() throws {
        let bytes = try F.docx(
            body: F.p("{{ order.number }}") + F.p("{% for s in schools %}") + F.p("{{ s.head }}")
                + F.p("{% endfor %}") + F.p("{{ signatory.name }} {{ order.number }}"), header: F.p("{{ issuer }}"))
        let data = Render.data([
            ("schools", .list([.object([("name", .string("СОШ"))]), .object([("name", .string("ООШ"))])]))
        ])
        let problems = try Render.problems(bytes, data: data)
        #expect(problems.map(\.code) == Array(repeating: .missingValue, count: 5))
        #expect(
            problems.map { "\($0.location)" } == [
                "word/document.xml, абзац 1", "word/document.xml, абзац 3",
                "word/document.xml, абзац 5", "word/document.xml, абзац 5",
                "word/header1.xml (верхний колонтитул), абзац 1",
            ])
        #expect(problems[0].message.hasPrefix("в данных нет значения «order.number»"))
        #expect(problems[1].message.hasPrefix("в данных нет значения «s.head»"))
        let lenient = try Render.paragraphs(bytes, data: data, lenient: true)
        #expect(lenient == ["", "", "", " "])
    }

    @Test func loopOverSomethingThatIsNotAList() throws {
        let problems = try Render.problems(
            try F.docx(body: F.p("{% for s in school %}{{ s }}{% endfor %}")),
            data: Render.data([("school", .string("СОШ"))]))
        #expect(problems.map(\.code) == [.notAList])
        #expect(problems.first?.message == "«school» — строка, а не список; {% for %} перебирает только списки")
    }

    @Test func conditionOnMissingValueIsFalse() throws {
        let bytes = try F.docx(body: F.p("{% if extra %}есть{% else %}нет{% endif %}"))
        #expect(try Render.paragraphs(bytes, data: .object([])) == ["нет"])
    }
}
