import TemplateEngine
import TestSupport
import Testing

/// Jinja's filters on lists, numbers and text.
@Suite struct JinjaFilterTests {
    static let data = Render.data([
        ("schools", JinjaExpressionTests.schools),
        ("numbers", .list([.number(5), .number(3), .number(9), .number(1)])),
        ("districts", .list([.string("Южный"), .string("северный"), .string("Северный"), .string("Южный")])),
        (
            "places",
            .list([
                .object([("name", .string("А")), ("district", .string("Южный"))]),
                .object([("name", .string("Б")), ("district", .string("Северный"))]),
                .object([("name", .string("В")), ("district", .string("Южный"))]),
            ])
        ),
        ("phrase", .string("годовой отчёт по школам")), ("padded", .string("  с пробелами  ")),
        ("long", .string("Анализ результатов всероссийских проверочных работ")), ("value", .number(3.14159)),
        ("markup", .string("A & B <c>")),
    ])

    static let cases: [(String, String)] = [
        (
            "{{ schools|length }} {{ schools|count }} {{ 'слово'|length }} {{ numbers|first }} {{ numbers|last }}",
            "3 3 5 5 1"
        ),
        ("{{ numbers|sum }} {{ numbers|min }} {{ numbers|max }} {{ schools|sum(attribute='score') }}", "18 1 9 233"),
        (
            "{{ numbers|sort|join(' ') }} {{ numbers|sort(reverse=true)|join(' ') }} {{ numbers|reverse|join(' ') }}",
            "1 3 5 9 9 5 3 1 1 9 3 5"
        ),
        (
            "{{ (schools|sort(attribute='score')|first).name }}; {{ (schools|max(attribute='score')).name }}; {{ (schools|min(attribute='score')).name }}",
            "ООШ № 7; Лицей № 1; ООШ № 7"
        ),
        ("{{ districts|unique|join(', ') }}", "Южный, северный"),
        (
            "{{ schools|map(attribute='name')|join(', ') }} {{ ['а', 'б']|map('upper')|join('') }}",
            "СОШ № 3, Лицей № 1, ООШ № 7 АБ"
        ),
        (
            "{{ schools|selectattr('passed')|map(attribute='name')|join('; ') }}|{{ schools|rejectattr('passed')|map(attribute='name')|join('; ') }}",
            "СОШ № 3; Лицей № 1|ООШ № 7"
        ),
        (
            "{{ schools|selectattr('score', 'gt', 80)|list|length }} {{ schools|selectattr('name', 'equalto', 'ООШ № 7')|list|length }}",
            "2 1"
        ),
        (
            "{% for g in places|groupby('district') %}{{ g.grouper }}: {{ g.list|map(attribute='name')|join(',') }}; {% endfor %}",
            "Северный: Б; Южный: А,В; "
        ),
        (
            "{% for district, items in places|groupby('district') %}{{ district }}={{ items|length }} {% endfor %}",
            "Северный=1 Южный=2 "
        ),
        (
            "{{ value|round(2) }} {{ value|round(1, 'floor') }} {{ value|int }} {{ -value|abs }} {{ '7'|int + 1 }} {{ 'x'|int }} {{ '2.5'|float }}",
            "3.14 3.1 3 3.14159 8 0 2.5"
        ),
        (
            "{{ phrase|title }} [{{ padded|trim }}] {{ phrase|replace('отчёт', 'доклад') }}",
            "Годовой Отчёт По Школам [с пробелами] годовой доклад по школам"
        ),
        (
            "{{ long|truncate(25) }} | {{ long|truncate(25, true) }} | {{ long|wordcount }}",
            "Анализ результатов... | Анализ результатов все... | 5"
        ),
        ("{{ markup|e }} {{ markup|escape }} {{ markup|safe }}", "A & B <c> A & B <c> A & B <c>"),
        ("{{ 'abc'|reverse }} {{ 'ab'|list|join('-') }} {{ 5|string ~ '!' }}", "cba a-b 5!"),
    ]

    @Test(arguments: cases, Format.allCases) func filters(_ example: (String, String), format: Format) throws {
        let bytes = try format.document(paragraphs: example.0, jinjaValues: true)
        #expect(try Render.paragraphs(bytes, data: Self.data) == [example.1])
    }

    @Test(arguments: Format.allCases) func filterMistakesSayWhatToWrite(format: Format) throws {
        let bytes = try format.document(
            paragraphs: "{{ schools|groupby }}", "{{ schools|selectattr('score', 'wobbly', 1) }}", "{{ 5|sum }}")
        let problems = try Render.problems(bytes, data: Self.data)
        #expect(problems.map(\.code) == [.filterFailed, .filterFailed, .filterFailed])
        #expect(problems[0].message.hasPrefix("groupby: укажите поле"))
        #expect(problems[1].message.hasPrefix("selectattr: неизвестная проверка «wobbly»"))
        #expect(problems[2].message.hasPrefix("sum: нужен список, а получено число «5»"))
    }
}
