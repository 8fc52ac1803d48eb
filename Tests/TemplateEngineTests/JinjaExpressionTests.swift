import TemplateEngine
import TestSupport
import Testing

/// Jinja's expressions: arithmetic, `~`, list and dict literals, `in`, `is` tests, conditional
/// expressions, negative indexes, methods; `{% set %}`, `{% with %}` and the loop's variables.
@Suite struct JinjaExpressionTests {
    static let schools: TemplateValue = .list([
        .object([("name", .string("СОШ № 3")), ("score", .number(87)), ("passed", .bool(true))]),
        .object([("name", .string("Лицей № 1")), ("score", .number(92)), ("passed", .bool(true))]),
        .object([("name", .string("ООШ № 7")), ("score", .number(54)), ("passed", .bool(false))]),
    ])
    static let data = Render.data([
        ("a", .number(10)), ("b", .number(4)), ("schools", schools), ("empty", .null), ("name", .string("Ершова")),
        ("marks", .object([("Математика", .number(5)), ("История", .number(4))])),
        ("districts", .list([.string("Северный"), .string("Южный")])),
    ])

    static let cases: [(String, String)] = [
        (
            "{{ a + b }} {{ a - b }} {{ a * b }} {{ a / b }} {{ a // b }} {{ a % b }} {{ 2 ** 3 }} {{ -a }}",
            "14 6 40 2.5 2 2 8 -10"
        ),
        ("{{ -7 // 2 }} {{ -7 % 3 }} {{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }}", "-4 2 7 9"),
        ("{{ '№ ' ~ a ~ '/' ~ b }}", "№ 10/4"),
        ("{{ 'да' if a > b else 'нет' }}|{{ 'x' if empty }}", "да|"),
        ("{{ [1, 2, 3] }} {{ {'к': 'в'}['к'] }} {{ [a, b][-1] }}", "[1, 2, 3] в 4"),
        ("{{ schools[-1].name }}; {{ schools[0]['name'] }}; {{ name[0] }}", "ООШ № 7; СОШ № 3; Е"),
        (
            "{{ 'Южный' in districts }} {{ 'Западный' not in districts }} {{ 'ш' in name }} {{ 'История' in marks }}",
            "True True True True"
        ),
        (
            "{{ a is defined }} {{ nothing is defined }} {{ nothing is undefined }} {{ empty is none }} {{ a is not none }}",
            "True False True True True"
        ),
        (
            "{{ a is number }} {{ name is string }} {{ a is even }} {{ a is odd }} {{ 9 is divisibleby(3) }} {{ b is not odd }}",
            "True True True False True True"
        ),
        ("{{ empty or '—' }} {{ name or '—' }}", "— Ершова"),
        (
            "{% for k, v in marks.items() %}{{ k }}={{ v }};{% endfor %} {{ marks.keys()|join(',') }}",
            "Математика=5;История=4; Математика,История"
        ),
        ("{{ name.upper() }} {{ 'а-б'.replace('-', '+') }} {{ 'a b'.split()|length }}", "ЕРШОВА а+б 2"),
        ("{% set total = a * 2 %}{{ total }} {% with n = 5, w = 'школ' %}{{ n }} {{ w }}{% endwith %}", "20 5 школ"),
        (
            "{% for s in schools %}{% set line = loop.index ~ ')' %}{{ line }}{% endfor %}|{{ line is defined }}",
            "1)2)3)|False"
        ),
        (
            "{% for s in schools %}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.cycle('ч', 'н') }} {% endfor %}",
            "32ч 21н 10ч "
        ),
        (
            "{% for s in schools %}{{ loop.previtem.name if loop.previtem else '-' }}>{{ loop.nextitem.name if loop.nextitem else '-' }}; {% endfor %}",
            "->Лицей № 1; СОШ № 3>ООШ № 7; Лицей № 1>-; "
        ),
        ("{% for i in range(3) %}{{ i }}{% endfor %} {% for i in range(1, 7, 2) %}{{ i }}{% endfor %}", "012 135"),
    ]

    @Test(arguments: cases, Format.allCases) func jinjaValues(_ example: (String, String), format: Format) throws {
        let bytes = try format.document(paragraphs: example.0, jinjaValues: true)
        #expect(try Render.paragraphs(bytes, data: Self.data) == [example.1])
    }

    @Test(arguments: Format.allCases) func russianValuesByDefault(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "{{ a / b }} {{ a > b }} {{ b > a }} [{{ empty }}] {{ [1.5, 2] }}", "{{ 'x' ~ a / b }}")
        #expect(try Render.paragraphs(bytes, data: Self.data) == ["2,5 да нет [] 1,5, 2", "x2,5"])
    }

    /// Python keeps `/`, `float`, `round` and numbers written with a point as floats, and prints a whole
    /// float with its point; ints stay ints. Russian values print both as whole numbers.
    @Test(arguments: Format.allCases) func wholeFloatsPrintAsPythonDoes(format: Format) throws {
        let text =
            "{{ a / 2 }} {{ 2.0 }} {{ 7|float }} {{ 2.4|round }} {{ a // 3 }} {{ a + 1.5 * 2 }} {{ -(a / 5) }} "
            + "{{ (a / 2) ~ '!' }} {{ (a / 2)|int }} {{ a + 1 }} {{ 1e3 }} {{ a / 4 }}"
        let jinja = try format.document(paragraphs: text, jinjaValues: true)
        #expect(try Render.paragraphs(jinja, data: Self.data) == ["5.0 2.0 7.0 2.0 3 13.0 -2.0 5.0! 5 11 1000.0 2.5"])
        let russian = try format.document(paragraphs: text)
        #expect(try Render.paragraphs(russian, data: Self.data) == ["5 2 7 2 3 13 -2 5! 5 11 1000 2,5"])
    }

    @Test(arguments: Format.allCases) func failuresAreLocated(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "{{ a / 0 }}", "{{ name - 1 }}", "{{ name.nothing() }}", "{{ a is wobbly }}")
        let problems = try Render.problems(bytes, data: Self.data)
        #expect(problems.map(\.code) == [.unknownFilter])
        #expect(problems.first?.message.hasPrefix("неизвестная проверка «is wobbly»; доступны: boolean") == true)
        let rendering = try Render.problems(
            try format.document(paragraphs: "{{ a / 0 }}", "{{ name - 1 }}", "{{ name.nothing() }}"), data: Self.data)
        #expect(rendering.map(\.code) == [.filterFailed, .filterFailed, .filterFailed])
        #expect(rendering.map(\.location.paragraph) == [1, 2, 3])
        #expect(rendering[0].message == "деление на ноль: «/ 0»")
        #expect(rendering[1].message.hasPrefix("«-» считает с числами, а здесь строка «Ершова» и число «1»"))
        #expect(rendering[2].message.hasPrefix("у значения «Ершова» (строка) нет метода nothing()"))
    }

    @Test(arguments: Format.allCases) func hugeNumbersFailWithoutATrap(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "{{ 10 ** 1000 }}", "{{ 'a' * 1e300 }}", "{% for i in range(1e300) %}{% endfor %}",
            "{{ schools[1e300] }}", "{{ 'abc'|truncate(1e300) }}{{ 2.5|round(1e300) }} {{ 1.5e300 }}",
            "{{ 1e300|number }}")
        let problems = try Render.problems(bytes, data: Self.data)
        #expect(
            problems.map(\.code) == [.filterFailed, .filterFailed, .filterFailed, .missingValue, .filterFailed],
            "\(problems)")
        #expect(problems.first?.message.hasPrefix("«10 ** 1000» не даёт конечного числа") == true)
    }

    @Test func repeatedTextIsBounded() throws {
        let problems = try Render.problems(try Format.docx.document(paragraphs: "{{ 'ab' * 10000000 }}"))
        #expect(problems.map(\.code) == [.filterFailed])
        let range = try Render.problems(
            try Format.odt.document(paragraphs: "{% for i in range(100000000) %}{{ i }}{% endfor %}"))
        #expect(range.map(\.code) == [.filterFailed])
        #expect(range.first?.message.hasPrefix("range: больше 100000 чисел") == true)
    }
}
