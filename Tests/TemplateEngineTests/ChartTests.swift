import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing
import XMLTree

private typealias F = DocumentFixture

/// `chart(…)`: a native chart where the tag stands, in DOCX (a chart part with caches and an
/// embedded workbook) and ODT (a chart object with its own table); the data read back equals the
/// data given, charts in loops get their own parts and ids, LibreOffice draws them, and bad data is
/// refused with a Russian message at the tag.
@Suite struct ChartTests {
    static let levels: TemplateValue = .list([
        .object([("name", .string("Высокий «А»")), ("count", .number(3)), ("colour", .string("#4E9A5B"))]),
        .object([("name", .string("Средний № 2")), ("count", .number(5)), ("colour", .string("e3b341"))]),
        .object([("name", .string("Низкий")), ("count", .number(1)), ("colour", .null)]),
    ])
    static let schools: TemplateValue = .list([
        .object([("name", .string("МБОУ «СОШ № 1»")), ("total", .string("12,5"))]),
        .object([("name", .string("МБОУ «Лицей»")), ("total", .number(9))]),
    ])
    static let data: TemplateValue = .object([("levels", levels), ("schools", schools)])

    static let pie =
        "{{ chart(\"pie\", levels, label=\"name\", value=\"count\", colour=\"colour\", title=\"Уровни ОО\") }}"
    static let bars = "{{ chart(\"bar\", schools, label=\"name\", value=\"total\", width=\"12cm\", height=\"5cm\") }}"

    static func docx() throws -> [UInt8] {
        try F.docx(
            body: F.p("До. " + pie + " После.")
                + "<w:tbl><w:tr><w:tc>\(F.p(bars))</w:tc></w:tr></w:tbl>" + F.p("Конец"))
    }

    static func odt() throws -> [UInt8] {
        try F.odt(
            body: F.tp("До. " + pie + " После.")
                + "<table:table table:name=\"T\"><table:table-column/><table:table-row><table:table-cell>"
                + F.tp(bars) + "</table:table-cell></table:table-row></table:table>" + F.tp("Конец"))
    }

    static let expected = [
        (labels: ["Высокий «А»", "Средний № 2", "Низкий"], values: [3.0, 5, 1]),
        (labels: ["МБОУ «СОШ № 1»", "МБОУ «Лицей»"], values: [12.5, 9]),
    ]

    @Test func docxChartsHoldTheDataInTheirCachesAndWorkbooks() throws {
        let output = try Template(bytes: try Self.docx(), label: "шаблон.docx").render(Self.data)
        let charts = try ChartReadBack.docx(output)
        #expect(charts.count == 2)
        for (chart, expected) in zip(charts, Self.expected) {
            #expect(chart.cached.labels == expected.labels, "\(chart.cached)")
            #expect(chart.cached.values == expected.values, "\(chart.cached)")
            let last = expected.labels.count + 1
            #expect(chart.formulas == ["Sheet1!$B$1", "Sheet1!$A$2:$A$\(last)", "Sheet1!$B$2:$B$\(last)"])
            #expect(chart.sheet.first == ["", "Значение"])
            #expect(chart.sheet.dropFirst().map { $0[0] } == expected.labels)
            #expect(
                chart.sheet.dropFirst().map { Double($0[1].replacingOccurrences(of: ",", with: ".")) }
                    == expected.values)
        }
        #expect(charts.map(\.cached.part) == ["word/charts/chart1.xml", "word/charts/chart2.xml"])
        #expect(charts[0].cached.title == "Уровни ОО")
        // The data's colours, and the palette's for the slice without one.
        #expect(charts[0].cached.colours == [0: "4E9A5B", 1: "E3B341", 2: "A5A5A5"])
        #expect(charts[1].cached.colours.isEmpty)
        let document = try OfficeDocument(bytes: output, label: "результат")
        let types = String(decoding: try document.bytes(of: "[Content_Types].xml"), as: UTF8.self)
        #expect(
            types.contains(
                "PartName=\"/word/charts/chart1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\""))
        #expect(types.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        let chartRels = String(decoding: try document.bytes(of: "word/charts/_rels/chart1.xml.rels"), as: UTF8.self)
        #expect(chartRels.contains("relationships/package"))
        let body = String(decoding: try document.bytes(of: "word/document.xml"), as: UTF8.self)
        #expect(body.contains("uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""))
        #expect(body.contains("cx=\"4320000\" cy=\"1800000\""))
        #expect(try document.paragraphTexts(of: try document.stories()[0]).first == "До.  После.")
    }

    @Test func odtChartObjectsHoldTheDataInTheirTables() throws {
        let output = try Template(bytes: try Self.odt(), label: "шаблон.odt").render(Self.data)
        let charts = try ChartReadBack.odt(output)
        #expect(charts.count == 2)
        for (chart, expected) in zip(charts, Self.expected) {
            #expect(chart.labels == expected.labels, "\(chart)")
            #expect(chart.values == expected.values, "\(chart)")
        }
        #expect(charts.map(\.part) == ["Object 1", "Object 2"])
        #expect(charts[0].title == "Уровни ОО")
        #expect(charts[0].colours == [0: "4E9A5B", 1: "E3B341", 2: "A5A5A5"])
        #expect(charts[1].colours.isEmpty)
        let manifest = try PackageEdit.text(of: "META-INF/manifest.xml", in: output)
        #expect(
            manifest.contains(
                "manifest:full-path=\"Object 1/\" manifest:media-type=\"application/vnd.oasis.opendocument.chart\""))
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            #expect(manifest.contains("manifest:full-path=\"Object 2/\(part)\""))
        }
    }

    @Test func chartsInALoopGetTheirOwnPartsAndIds() throws {
        let tag = "{{ chart(\"column\", s.rows, title=s.name) }}"
        let rows: TemplateValue = .list([.object([("label", .string("А")), ("value", .number(1))])])
        let data: TemplateValue = .object([
            (
                "schools",
                .list((1...3).map { .object([("name", .string("Школа \($0)")), ("rows", rows)]) })
            )
        ])
        let docx = try Template(
            bytes: try F.docx(body: F.p("{% for s in schools %}") + F.p(tag) + F.p("{% endfor %}")), label: "ш.docx"
        ).render(data)
        let charts = try ChartReadBack.docx(docx)
        #expect(Set(charts.map(\.cached.part)).count == 3)
        #expect(Set(charts.map(\.workbook)).count == 3)
        #expect(charts.map(\.cached.title) == ["Школа 1", "Школа 2", "Школа 3"])
        let body = try XMLDocument(
            bytes: try OfficeDocument(bytes: docx, label: "р").bytes(of: "word/document.xml"), part: "b")
        let ids = body.root.descendants { $0.name == "docPr" }.compactMap { $0.attribute("id") }
        #expect(ids.count == 3 && Set(ids).count == 3)

        let odt = try Template(
            bytes: try F.odt(body: F.tp("{% for s in schools %}") + F.tp(tag) + F.tp("{% endfor %}")), label: "ш.odt"
        ).render(data)
        #expect(try ChartReadBack.odt(odt).map(\.part) == ["Object 1", "Object 2", "Object 3"])
        let content = try XMLDocument(
            bytes: try OfficeDocument(bytes: odt, label: "р").bytes(of: "content.xml"), part: "c")
        let names = content.root.descendants { $0.name == "frame" }.compactMap {
            $0.attribute("name", in: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
        }
        #expect(names.count == 3 && Set(names).count == 3)
    }

    /// A chart in a header (DOCX) or footer (ODT) gets its parts like one in the body.
    @Test func aChartInAHeaderOrFooterGetsItsOwnParts() throws {
        let docx = try Template(bytes: try F.docx(body: F.p(Self.pie), header: F.p(Self.bars)), label: "ш.docx")
            .render(Self.data)
        let document = try OfficeDocument(bytes: docx, label: "р")
        let headerRels = String(decoding: try document.bytes(of: "word/_rels/header1.xml.rels"), as: UTF8.self)
        #expect(headerRels.contains("relationships/chart"))
        let header = String(decoding: try document.bytes(of: "word/header1.xml"), as: UTF8.self)
        #expect(header.contains("http://schemas.openxmlformats.org/drawingml/2006/chart"))
        #expect(document.partNames.filter { $0.hasPrefix("word/charts/chart") }.count == 2)
        let odt = try Template(bytes: try F.odt(body: F.tp(Self.pie), footer: F.tp(Self.bars)), label: "ш.odt")
            .render(Self.data)
        let styles = try PackageEdit.text(of: "styles.xml", in: odt)
        #expect(styles.contains("xlink:href=\"./Object 2\""))
        let content = try PackageEdit.text(of: "Object 2/content.xml", in: odt)
        #expect(content.contains("МБОУ «Лицей»"))
    }

    @Test func aTemplatesOwnChartPartIsNotOverwritten() throws {
        // A rendered document with a chart, used as a template again with a second chart tag.
        let first = try Template(bytes: try F.docx(body: F.p(Self.pie) + F.p("{{ tag }}")), label: "ш.docx")
            .render(
                .object([
                    ("levels", Self.levels),
                    ("tag", .string("{{ chart(\"bar\", schools, label=\"name\", value=\"total\") }}")),
                ]), options: .init(typography: nil))
        let output = try Template(bytes: first, label: "ш2.docx").render(Self.data, options: .init(typography: nil))
        let charts = try ChartReadBack.docx(output)
        #expect(charts.map(\.cached.part) == ["word/charts/chart1.xml", "word/charts/chart2.xml"])
        #expect(charts.map(\.cached.labels) == Self.expected.map(\.labels))
    }

    /// Bars without a colour of their own keep the series colour, whatever the first bar's colour is.
    @Test func aBarWithoutItsOwnColourHasTheSeriesColour() throws {
        let tag = "{{ chart(\"column\", rows, colour=\"c\") }}"
        let data: TemplateValue = .object([
            (
                "rows",
                .list([
                    .object([("label", .string("А")), ("value", .number(2)), ("c", .string("#4E9A5B"))]),
                    .object([("label", .string("Б")), ("value", .number(1))]),
                ])
            )
        ])
        let docx = try Template(bytes: try F.docx(body: F.p(tag)), label: "ш.docx").render(data)
        let chart = try XMLDocument(
            bytes: try OfficeDocument(bytes: docx, label: "р").bytes(of: "word/charts/chart1.xml"), part: "chart1.xml")
        let c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
        let series = try #require(chart.root.descendants("ser", in: c).first)
        #expect(series.element("spPr", in: c)?.descendants { $0.name == "srgbClr" }.first?.attribute("val") == "4472C4")
        #expect(try ChartReadBack.docx(docx).first?.cached.colours == [0: "4E9A5B"])
        let odt = try Template(bytes: try F.odt(body: F.tp(tag)), label: "ш.odt").render(data)
        let content = try PackageEdit.text(of: "Object 1/content.xml", in: odt)
        #expect(content.contains("draw:fill-color=\"#4472c4\""))
        #expect(try ChartReadBack.odt(odt).first?.colours == [0: "4E9A5B"])
    }

    @Test func badChartsAreRefusedAtTheTag() throws {
        let row: (String, TemplateValue) -> TemplateValue = { key, value in
            .object([("label", .string("А")), (key, value)])
        }
        let cases: [(String, TemplateValue, String)] = [
            ("{{ chart(\"donut\", v) }}", .list([row("value", .number(1))]), "вид диаграммы «donut» неизвестен"),
            ("{{ chart(\"pie\", v) }}", .list([]), "список данных пуст"),
            ("{{ chart(\"bar\", v) }}", .string("текст"), "а нужен список"),
            ("{{ chart(\"bar\", v) }}", .list([row("value", .string("много"))]), "«много» — не число"),
            ("{{ chart(\"bar\", v) }}", .list([row("count", .number(1))]), "нет поля «value»"),
            ("{{ chart(\"bar\", v, label=\"name\") }}", .list([row("value", .number(1))]), "нет поля «name»"),
            (
                "{{ chart(\"bar\", v, colour=\"c\") }}",
                .list([.object([("label", .string("А")), ("value", .number(1)), ("c", .string("зелёный"))])]),
                "цвет «c»"
            ),
            ("{{ chart(\"pie\", v) }}", .list([row("value", .number(-2))]), "отрицательн"),
            (
                "{{ chart(\"bar\", v, colour2=\"c\") }}", .list([row("value", .number(1))]),
                "неизвестный параметр «colour2»"
            ),
            ("{{ chart(\"bar\", v, width=\"3 вершка\") }}", .list([row("value", .number(1))]), "3cm"),
        ]
        for (tag, value, expected) in cases {
            for template in [try F.docx(body: F.p(tag)), try F.odt(body: F.tp(tag))] {
                let problems = try Render.problems(template, data: .object([("v", value)]))
                #expect(problems.count == 1, "\(tag)")
                #expect(problems.first?.message.contains(expected) == true, "\(tag): \(problems.map(\.message))")
                #expect(problems.first?.location.tag.contains("chart(") == true)
            }
        }
    }

    /// LibreOffice opens both formats and draws the charts: their labels and values are in the PDF's text.
    @Test(.enabled(if: LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func libreOfficeDrawsTheCharts() throws {
        let folder = try Paths.temporaryFolder()
        var files: [String] = []
        for (name, bytes) in [("диаграммы.docx", try Self.docx()), ("диаграммы.odt", try Self.odt())] {
            let path = folder.appendingPathComponent(name).path
            try Data(try Template(bytes: bytes, label: name).render(Self.data)).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        for pdf in try LibreOffice.convert(files, to: "pdf") {
            let text = try Command.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).stdout
            for label in ["Уровни ОО", "Высокий «А»", "Средний № 2", "МБОУ «Лицей»", "12,5"] {
                #expect(text.contains(label), "\(pdf): «\(label)» не найдено в\n\(text)")
            }
        }
    }

    /// python-docx (from the project's .build-venv, when installed there) opens the DOCX and finds the chart part.
    @Test(.enabled(if: PythonDocx.available))
    func pythonDocxOpensTheDocument() throws {
        let path = try Paths.temporaryFolder().appendingPathComponent("диаграммы.docx").path
        try Data(try Template(bytes: try Self.docx(), label: "ш.docx").render(Self.data)).write(
            to: URL(fileURLWithPath: path))
        let parts = try PythonDocx.chartParts(of: path)
        #expect(parts == ["/word/charts/chart1.xml", "/word/charts/chart2.xml"])
    }
}
