import Foundation
import TemplateEngine
import TestSupport
import Testing

/// A template cannot make rendering run away: loops, output size and block nesting are bounded,
/// and the bound that was hit is reported at its tag. Codes are compared as text: they are stable.
@Suite struct BudgetTests {
    typealias F = DocumentFixture
    static let tenItems = Render.data([("items", .list((1...10).map { .number(Double($0)) }))])

    /// 16 loops nested paragraph by paragraph over 10 items each: 10^16 iterations without a budget.
    @Test func nestedLoopsStopAtTheBudget() throws {
        let depth = 16
        let opening = (0..<depth).map { F.p("{% for x\($0) in items %}") }.joined()
        let body = F.p("{{ x0 }}. " + String(repeating: "Пункт плана № {{ x1 }}. ", count: 20))
        let bytes = try F.docx(body: opening + body + String(repeating: F.p("{% endfor %}"), count: depth))
        let started = Date()
        let problems = try #require(
            try withDeadline(60) { try Render.problems(bytes, data: Self.tenItems) },
            "рендеринг не остановился за минуту")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(problems.map(\.code.rawValue) == ["budget_exceeded"])
        let problem = try #require(problems.first)
        #expect(problem.location.part == "word/document.xml")
        #expect((1...depth).contains(problem.location.paragraph))
        #expect(problem.location.tag.hasPrefix("{% for x"))
        #expect(problem.message.contains("{% for"))
    }

    /// Every loop iteration and every evaluated tag is a step (a lowered budget keeps the test quick).
    @Test func stepsAreCountedOverIterationsAndTags() throws {
        let bytes = try F.docx(
            body: F.p("{% for a in items %}") + F.p("{% for b in items %}")
                + F.p("{% for c in items %}{% if c > 1000 %}никогда{% endif %}{% endfor %}")
                + F.p("{% endfor %}") + F.p("{% endfor %}"))
        let data = Render.data([("items", .list((1...100).map { .number(Double($0)) }))])
        let template = try Template(bytes: bytes, label: "шаблон.docx")
        let options = Template.Options(budget: TemplateBudget(maxSteps: 100_000))
        let error = #expect(throws: TemplateError.self) { try template.render(data, options: options) }
        let problems = try #require(error?.problems)
        #expect(problems.map(\.code) == [.budgetExceeded])
        #expect(problems.first?.location.paragraph == 3)
        #expect(problems.first?.location.tag == "{% for c in items %}")
        #expect(
            problems.first?.message.hasPrefix(
                "заполнение остановлено на «{% for c in items %}»: в одной части "
                    + "документа больше 100\u{00A0}000 шагов") == true)
        #expect(template.problems(with: data, options: options).map(\.code) == [.budgetExceeded])
        #expect(
            try template.render(Render.data([("items", .list((1...30).map { .number(Double($0)) }))]), options: options)
                .count > 0)
    }

    /// 600 copies of a 110 KB paragraph would be 66 MB of markup in one part.
    @Test func renderedMarkupIsCappedPerPart() throws {
        let paragraph = String(repeating: "Очень длинный абзац «о важном». ", count: 2_000)
        let bytes = try F.docx(body: F.p("До") + F.p("{% for x in items %}") + F.p(paragraph) + F.p("{% endfor %}"))
        let data = Render.data([("items", .list((1...600).map { .number(Double($0)) }))])
        let started = Date()
        let problems = try #require(
            try withDeadline(60) { try Render.problems(bytes, data: data) }, "рендеринг не остановился за минуту")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(problems.map(\.code.rawValue) == ["budget_exceeded"])
        #expect(problems.first?.location.paragraph == 2)
        #expect(problems.first?.location.tag == "{% for x in items %}")
        #expect(problems.first?.message.contains("50 МБ") == true)
    }

    /// 2 000 `{% if %}` nested in one paragraph took seconds to compile (quadratic) and would
    /// overflow the stack deeper still; nesting stops at 100 levels, reported at the 101st tag.
    @Test func deepNestingIsRefusedAtTheTagThatGoesTooDeep() throws {
        let depth = 2_000
        let text = (0..<depth).map { "{% if a\($0) %}" }.joined() + "x" + String(repeating: "{% endif %}", count: depth)
        let bytes = try F.docx(body: F.p("Заголовок") + F.p(text))
        let started = Date()
        let problems = try #require(
            try withDeadline(60) { try Render.problems(bytes) }, "компиляция не закончилась за минуту")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(problems.map(\.code.rawValue) == ["nesting_too_deep"])
        #expect(problems.first?.location.paragraph == 2)
        #expect(problems.first?.location.tag == "{% if a100 %}")
        #expect(problems.first?.message.contains("100") == true)
    }

    /// 100 000 nested parentheses or a chain of 100 000 `or` overflowed the stack (the parser, the
    /// evaluator and the syntax tree all recurse); a tag holds at most 1 000 tokens.
    @Test(arguments: [
        "{{ " + String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000) + " }}",
        "{% if " + Array(repeating: "x", count: 100_000).joined(separator: " or ") + " %}да{% endif %}",
    ])
    func hugeExpressionIsAnErrorNotACrash(text: String) throws {
        let bytes = try F.docx(body: F.p(text))
        let problems = try #require(try withDeadline(60) { try Render.problems(bytes) })
        #expect(problems.first?.code == .syntax)
        let message = try #require(problems.first?.message)
        #expect(message.contains("выражение слишком длинное (больше 1000 частей)"))
        #expect(message.count < 300)
    }

    @Test(arguments: ["docx", "odt"])
    func nestingUpToTheLimitRenders(format: String) throws {
        let depth = 100
        let opening = (0..<depth).map { "{% if a\($0) %}" }
        let data = Render.data((0..<depth).map { ("a\($0)", .bool(true)) })
        let bytes: [UInt8]
        if format == "docx" {
            bytes = try F.docx(
                body: opening.map { F.p($0) }.joined() + F.p("вложено")
                    + String(repeating: F.p("{% endif %}"), count: depth))
        } else {
            bytes = try F.odt(
                body: opening.map { F.tp($0) }.joined() + F.tp("вложено")
                    + String(repeating: F.tp("{% endif %}"), count: depth))
        }
        #expect(try Render.paragraphs(bytes, data: data) == ["вложено"])
    }

    /// Tags are gathered in time linear in the paragraph: 6 000 tags in one run took half a minute.
    @Test(arguments: ["docx", "odt"])
    func manyTagsInOneParagraphCompileQuickly(format: String) throws {
        let count = 6_000
        let text = String(repeating: "{{ n }}, ", count: count) + "{% if n %}конец{% endif %}"
        let bytes = format == "docx" ? try F.docx(body: F.p(text)) : try F.odt(body: F.tp(text))
        let started = Date()
        let paragraphs = try #require(
            try withDeadline(60) { try? Render.paragraphs(bytes, data: Render.data([("n", .number(7))])) },
            "компиляция не закончилась за минуту")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(paragraphs == [String(repeating: "7, ", count: count) + "конец"])
    }
}
